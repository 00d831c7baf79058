// ColumnFit: columns sized from the header and the few rows with the longest texts give the widths
// QTableView::resizeColumnsToContents() gives after measuring every row, also for a long text far
// below the visible rows; the last column is left to stretch; rows that a filter hides are not
// measured when the rows noted are mapped through it.
#include "ui/widgets/columnfit.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace hpg;

namespace {

constexpr int kRows = 600;
constexpr int kColumns = 4;
constexpr int kLongRow = 550; // far below what the view shows

// Texts whose width grows with their length (one letter repeated), as the fit assumes.
QStandardItemModel *makeModel(QObject *parent)
{
    auto *model = new QStandardItemModel(kRows, kColumns, parent);
    for (int row = 0; row < kRows; ++row) {
        for (int column = 0; column < kColumns; ++column) {
            const int length = row == kLongRow ? 40 + 10 * column : 3 + (row * 7 + column * 3) % 12;
            model->setItem(row, column, new QStandardItem(QString(length, QLatin1Char('m'))));
        }
    }
    model->setHorizontalHeaderLabels(
        { QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D") });
    return model;
}

} // namespace

class TestColumnFit : public QObject
{
    Q_OBJECT

private slots:
    void widthsAreThoseOfResizeColumnsToContents()
    {
        QStandardItemModel *model = makeModel(this);
        QTableView measured;
        QTableView fitted;
        for (QTableView *view : { &measured, &fitted }) {
            view->setModel(model);
            view->horizontalHeader()->setStretchLastSection(true);
            view->resize(500, 300);
            view->show();
        }
        QVERIFY(QTest::qWaitForWindowExposed(&fitted));
        measured.resizeColumnsToContents();
        const int lastWidth = fitted.columnWidth(kColumns - 1);

        LongestTexts longest(model->columnCount());
        longest.noteModel(model);
        QCOMPARE(longest.rows(1).first().second, kLongRow);
        QCOMPARE(longest.rows(1).size(), 3);
        ColumnFit::fit(&fitted, longest);

        for (int column = 0; column + 1 < kColumns; ++column)
            QCOMPARE(fitted.columnWidth(column), measured.columnWidth(column));
        // The long row decides: wider than any text the view shows.
        QVERIFY(fitted.columnWidth(0) > fitted.sizeHintForIndex(model->index(0, 0)).width() * 3);
        // The stretching last column is left to the header.
        QCOMPARE(fitted.columnWidth(kColumns - 1), lastWidth);
    }

    void rowsAFilterHidesAreNotMeasured()
    {
        QStandardItemModel *model = makeModel(this);
        auto *filter = new QSortFilterProxyModel(this);
        filter->setSourceModel(model);
        filter->setFilterKeyColumn(0);
        filter->setFilterRegularExpression(QStringLiteral("^m{3,14}$")); // hides the long row
        QTableView view;
        view.setModel(filter);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        LongestTexts longest(model->columnCount());
        longest.noteModel(model); // rows of the source model
        const auto shown = [&](int row, int column) {
            return filter->mapFromSource(model->index(row, column));
        };
        ColumnFit::fit(&view, longest, shown);
        const int withoutLongRow = view.columnWidth(0);

        filter->setFilterRegularExpression(QString());
        ColumnFit::fit(&view, longest, shown);
        const int grid = view.showGrid() ? 1 : 0;
        const int longRow = view.sizeHintForIndex(filter->mapFromSource(model->index(kLongRow, 0))).width() + grid;
        QCOMPARE(view.columnWidth(0), longRow);
        QVERIFY(withoutLongRow < longRow);
    }

    void keepsOnlyTheLongest()
    {
        LongestTexts longest(1, 2);
        for (const auto &[length, row] : { std::pair { 5, 0 }, { 9, 1 }, { 2, 2 }, { 7, 3 }, { 9, 4 } })
            longest.note(0, length, row);
        longest.note(3, 100, 5); // no such column: ignored
        QCOMPARE(longest.rows(0).size(), 2);
        QCOMPARE(longest.rows(0).at(0), (std::pair<qsizetype, int> { 9, 1 }));
        QCOMPARE(longest.rows(0).at(1), (std::pair<qsizetype, int> { 9, 4 }));
        longest.reset(2);
        QCOMPARE(longest.columnCount(), 2);
        QVERIFY(longest.rows(0).isEmpty());
    }
};

QTEST_MAIN(TestColumnFit)
#include "testcolumnfit.moc"
