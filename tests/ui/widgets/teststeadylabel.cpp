// SteadyLabel: a label whose text changes often holds its size (grows, never shrinks), so a new
// text does not lay out its page again (and, in a tab widget, repaint it whole), as
// QLabel::setText() does.
#include "ui/widgets/steadylabel.h"

#include <QApplication>
#include <QLabel>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

using namespace hpg;

namespace {

// Counts the LayoutRequest events a widget gets.
class LayoutRequests : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestSteadyLabel : public QObject
{
    Q_OBJECT

private slots:
    void newTextsDoNotLayOutThePage()
    {
        QTabWidget tabs;
        auto *page = new QWidget;
        auto *layout = new QVBoxLayout(page);
        auto *steady = new QLabel(page);
        auto *plain = new QLabel(page);
        layout->addWidget(steady);
        layout->addWidget(plain);
        layout->addStretch();
        tabs.addTab(page, QStringLiteral("Sessions"));
        tabs.resize(600, 400);
        tabs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tabs));
        SteadyLabel::setText(steady, QStringLiteral("Last refresh 12:00:01"));
        plain->setText(QStringLiteral("Last refresh 12:00:01"));
        QApplication::processEvents();
        const QSize held = steady->size();
        QCOMPARE(steady->minimumSize(), steady->maximumSize());

        // The page (in the real window, what the tab widget then lays out and repaints whole).
        LayoutRequests requests;
        page->installEventFilter(&requests);
        // A plain label's new text lays its page out again (the cost this avoids)…
        plain->setText(QStringLiteral("Last refresh 12:00:02"));
        QApplication::processEvents();
        QVERIFY(requests.count > 0);
        // …a steady one's does not, and a shorter text keeps the size it holds.
        requests.count = 0;
        SteadyLabel::setText(steady, QStringLiteral("Last refresh 12:00:02"));
        SteadyLabel::setText(steady, QStringLiteral("Last refresh 1:00"));
        QApplication::processEvents();
        QCOMPARE(requests.count, 0);
        QCOMPARE(steady->text(), QStringLiteral("Last refresh 1:00"));
        QCOMPARE(steady->size(), held);

        // A longer text gets the room it needs.
        SteadyLabel::setText(steady, QStringLiteral("Last refresh 12:00:03, 500 connections of 500"));
        QApplication::processEvents();
        QVERIFY(steady->width() > held.width());
        QCOMPARE(steady->minimumSize(), steady->maximumSize());

        // reset() lets it go (a language change).
        SteadyLabel::reset(steady);
        QCOMPARE(steady->minimumSize(), QSize(0, 0));
        QCOMPARE(steady->maximumSize(), QSize(QWIDGETSIZE_MAX, QWIDGETSIZE_MAX));
    }
};

QTEST_MAIN(TestSteadyLabel)
#include "teststeadylabel.moc"
