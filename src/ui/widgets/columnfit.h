#pragma once

// Column widths as QTableView::resizeColumnsToContents() gives them, without measuring every row:
// per column, only the few rows with the longest texts (and the header) are measured, with the
// view's own delegate, fonts and margins. resizeColumnsToContents() lays out the text of up to
// 1,000 rows per column on the window's thread (measured: 8.9 ms for the Sessions tab's ~490 rows on
// a slow machine, half of a frame).
//
//     LongestTexts longest(model->columnCount());
//     longest.noteModel(model);           // or note() as rows are added
//     ColumnFit::fit(view, longest);

#include <QList>

#include <functional>
#include <utility>

class QAbstractItemModel;
class QModelIndex;
class QTableView;

namespace hpg {

class LongestTexts
{
public:
    explicit LongestTexts(int columns = 0, int kept = 3);

    // Forgets every row, for `columns` columns.
    void reset(int columns);
    // Keeps `row` when its text in `column`, `length` characters long, is among the longest so far.
    void note(int column, qsizetype length, int row);
    // Notes the display text of every row of `model`, in its own rows.
    void noteModel(const QAbstractItemModel *model);

    int columnCount() const { return int(m_longest.size()); }
    // (length, row), longest first.
    const QList<std::pair<qsizetype, int>> &rows(int column) const { return m_longest.at(column); }

private:
    int m_kept;
    QList<QList<std::pair<qsizetype, int>>> m_longest;
};

namespace ColumnFit {

// The index the view shows for `row` and `column` of the rows noted; invalid when it is not shown.
using ShownIndex = std::function<QModelIndex(int row, int column)>;

// Sizes each column of `view` to its header and the rows `longest` kept, between the header's
// minimum and maximum section sizes. With a stretching last section, that one is left to stretch.
// `shown` maps noted rows to the view's model; without it they are rows of the view's model.
void fit(QTableView *view, const LongestTexts &longest, const ShownIndex &shown = {});

} // namespace ColumnFit

} // namespace hpg
