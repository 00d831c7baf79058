#include "unfinishedruns.h"

#include "core/runbooks/bringback.h"
#include "core/runbooks/journal.h"
#include "core/runbooks/runbook.h"
#include "core/runbooks/runbookregistry.h"
#include "core/settings/languagemanager.h"
#include "ui/dialogs/journalproblemsdialog.h"
#include "ui/widgets/messagebanner.h"
#include "ui/wizards/openrunbookwizard.h"

#include <QEvent>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include <memory>

namespace hpg {

namespace {

QString describe(const Journal &journal)
{
    return UnfinishedRuns::tr("%1 on %2, started %3")
        .arg(RunbookRegistry::title(journal), journal.app(),
             QLocale().toString(journal.createdAt().toLocalTime(), QLocale::ShortFormat));
}

} // namespace

UnfinishedRuns::UnfinishedRuns(MessageBanner *banner, MessageBanner *downBanner, QWidget *window)
    : QObject(window)
    , m_banner(banner)
    , m_downBanner(downBanner)
    , m_window(window)
{
    m_downBanner->setAlert(true);
    m_window->installEventFilter(this); // the banners are made again in a new language
}

bool UnfinishedRuns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange && !m_dir.isEmpty())
        refresh();
    return QObject::eventFilter(watched, event);
}

bool UnfinishedRuns::offer(const RunbookServices &services, const QString &dir)
{
    m_services = services;
    m_dir = dir.isEmpty() ? Journal::defaultDir(services.apiUrl) : dir;
    return refresh();
}

void UnfinishedRuns::clear()
{
    m_dir.clear();
    m_services = {};
    m_downBanner->hide();
    if (m_banner->findChild<QPushButton *>(QStringLiteral("resumeRunbookPushButton"))
        || m_banner->findChild<QPushButton *>(QStringLiteral("journalProblemsPushButton")))
        m_banner->hide();
}

bool UnfinishedRuns::refresh()
{
    if (m_dir.isEmpty())
        return false; // signed out
    QList<Journal> all;
    QList<Journal::Problem> problems;
    Journal::scan(m_dir, &all, &problems);
    QList<Journal> runs;
    QList<Journal> down;
    for (const Journal &journal : std::as_const(all)) {
        if (!RunbookRegistry::find(journal.kind()))
            continue;
        (RunbookRegistry::downSince(journal).isValid() ? down : runs).append(journal);
    }
    if (down.isEmpty())
        m_downBanner->hide();
    else
        offerAppDown(down.first());
    runs += down.mid(1); // the red banner names the newest; the others are offered below
    if (runs.isEmpty() && problems.isEmpty()) {
        if (m_banner->findChild<QPushButton *>(QStringLiteral("resumeRunbookPushButton")))
            m_banner->hide();
        return !down.isEmpty();
    }
    QStringList text;
    if (runs.size() == 1) {
        text.append(tr("A run did not finish: %1. Resume it to see where it stopped; nothing is sent until you "
                       "press Continue, and steps that already took effect are not repeated.")
                        .arg(describe(runs.first())));
    } else if (!runs.isEmpty()) {
        text.append(tr("%n runs did not finish; the newest is %1. Resume one to see where it stopped; nothing is "
                       "sent until you press Continue.",
                       nullptr, int(runs.size()))
                        .arg(describe(runs.first())));
    }
    if (!problems.isEmpty())
        text.append(tr("%n runbook journal(s) cannot be read.", nullptr, int(problems.size())));
    m_banner->showMessage(LanguageManager::joinSentences(text));
    if (!runs.isEmpty()) {
        QPushButton *resume = m_banner->addButton(QStringLiteral("resumeRunbookPushButton"), tr("Resume…"));
        if (runs.size() == 1) {
            connect(resume, &QPushButton::clicked, this, [this, path = runs.first().path()] { open(path); });
        } else {
            auto *menu = new QMenu(resume);
            menu->setObjectName(QStringLiteral("resumeRunbookMenu"));
            for (const Journal &journal : std::as_const(runs)) {
                QAction *action = menu->addAction(describe(journal));
                action->setData(journal.path());
                connect(action, &QAction::triggered, this, [this, path = journal.path()] { open(path); });
            }
            resume->setMenu(menu);
        }
    }
    if (!problems.isEmpty()) {
        connect(m_banner->addButton(QStringLiteral("journalProblemsPushButton"), tr("Show Unreadable Journals…")),
                &QPushButton::clicked, this, [this] {
                    auto *dialog = new JournalProblemsDialog(m_dir, m_window);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    connect(dialog, &QObject::destroyed, this, &UnfinishedRuns::refresh);
                    dialog->open();
                });
    }
    return true;
}

void UnfinishedRuns::offerAppDown(const Journal &journal)
{
    const QDateTime since = RunbookRegistry::downSince(journal);
    const qint64 minutes = since.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    // What keeps the app down: the changes in place from the first step of its down time on.
    std::unique_ptr<Runbook> runbook(RunbookRegistry::create(journal, m_services));
    QStringList lines;
    if (runbook) {
        const QStringList inPlace = runbook->stepsLeftInPlace();
        for (int i = qMax(0, runbook->downTimeSteps().first); i < runbook->steps().size(); ++i) {
            const Step &step = runbook->steps().at(i);
            if (inPlace.contains(step.id))
                lines.append(step.leavesInPlace(journal.values()));
        }
    }
    const QString left = LanguageManager::joinSentences(lines);
    QString text
        = tr("%1 is DOWN. It has been down since %2 (%n minute(s)), when “%3” took it down; that run "
             "stopped before bringing it back.",
             nullptr, int(minutes))
              .arg(journal.app(), QLocale().toString(since.toLocalTime(), QLocale::ShortFormat), describe(journal));
    if (!left.isEmpty())
        text = LanguageManager::joinSentences({ text, tr("Left in place: %1").arg(left) });
    m_downBanner->showMessage(text);
    m_downBanner->setToolTip(tr("Down since %1 UTC.").arg(since.toUTC().toString(Qt::ISODate)));
    const QString path = journal.path();
    connect(m_downBanner->addButton(QStringLiteral("appDownResumePushButton"), tr("Resume the Run…")),
            &QPushButton::clicked, this, [this, path] { open(path); });
    const bool undo = BringBack::canUndo(journal);
    QPushButton *back = m_downBanner->addButton(QStringLiteral("bringBackPushButton"),
                                                undo ? tr("Bring the App Back as It Was…")
                                                     : tr("Bring the App Back on the New Database…"));
    back->setToolTip(undo ? tr("Scale the dynos back up, turn maintenance mode off and resume Heroku Connect; the "
                               "old database stays the primary. The run is given up.")
                          : tr("The run is past its point of no return: finishing it brings the app up on the new "
                               "database."));
    connect(back, &QPushButton::clicked, this, [this, path, undo] {
        if (undo)
            bringBack(path);
        else
            open(path);
    });
}

void UnfinishedRuns::open(const QString &path)
{
    // The journal is read again when chosen: the run may have gone on in another window since.
    QString error;
    const auto journal = Journal::load(path, &error);
    if (!journal) {
        m_banner->showMessage(error);
        return;
    }
    if (QWidget *wizard = openRunbookWizard(*journal, m_services, m_window)) {
        watch(wizard);
        wizard->show();
    }
}

bool UnfinishedRuns::offerHoldingRun(const QString &app, const QString &action)
{
    const QList<RunHold> holds = m_dir.isEmpty() ? QList<RunHold>() : RunbookRegistry::holds(m_dir, app);
    if (holds.isEmpty())
        return false;
    const RunHold &hold = holds.first();
    auto *box = new QMessageBox(
        QMessageBox::Warning, action,
        tr("%1 is held by “%2”, started %3: that run has changes in place on it (maintenance mode, dynos scaled "
           "down or Heroku Connect paused) and undoes them itself. Open the run and finish it (or bring the app "
           "back) first.")
            .arg(app, hold.title, QLocale().toString(hold.startedAt.toLocalTime(), QLocale::ShortFormat)),
        QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("heldByRunMessageBox"));
    QPushButton *openRun = box->addButton(tr("Open the Run…"), QMessageBox::AcceptRole);
    openRun->setObjectName(QStringLiteral("openHoldingRunPushButton"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(openRun, &QPushButton::clicked, this, [this, path = hold.journalPath] { open(path); });
    box->open();
    return true;
}

void UnfinishedRuns::bringBack(const QString &path)
{
    QString error;
    const auto interrupted = Journal::load(path, &error);
    const auto journal = interrupted ? BringBack::start(*interrupted, m_services, &error) : std::nullopt;
    if (!journal) {
        m_banner->showMessage(error);
        return;
    }
    refresh();
    open(journal->path());
}

void UnfinishedRuns::watch(QWidget *wizard)
{
    connect(wizard, &QObject::destroyed, this, &UnfinishedRuns::refresh);
}

} // namespace hpg
