#include "unfinishedruns.h"

#include "core/runbooks/journal.h"
#include "core/runbooks/runbookregistry.h"
#include "ui/dialogs/journalproblemsdialog.h"
#include "ui/widgets/messagebanner.h"
#include "ui/wizards/runbookwizards.h"

#include <QLocale>
#include <QMenu>
#include <QPushButton>

namespace hpg {

namespace {

QString describe(const Journal &journal)
{
    return UnfinishedRuns::tr("%1 on %2, started %3")
        .arg(RunbookRegistry::title(journal), journal.app(),
             QLocale().toString(journal.createdAt().toLocalTime(), QLocale::ShortFormat));
}

} // namespace

UnfinishedRuns::UnfinishedRuns(MessageBanner *banner, QWidget *window)
    : QObject(window)
    , m_banner(banner)
    , m_window(window)
{ }

bool UnfinishedRuns::offer(const RunbookServices &services, const QString &dir)
{
    const QString folder = dir.isEmpty() ? Journal::defaultDir(services.apiUrl) : dir;
    QList<Journal> runs;
    for (const Journal &journal : Journal::unfinished(folder)) {
        if (RunbookRegistry::find(journal.kind()))
            runs.append(journal);
    }
    const QList<Journal::Problem> problems = Journal::unreadable(folder);
    if (runs.isEmpty() && problems.isEmpty())
        return false;
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
    m_banner->showMessage(text.join(QLatin1Char(' ')));
    // The journal is read again when chosen: the run may have gone on in another window since.
    const auto open = [this, services](const Journal &offered) {
        QString error;
        const auto journal = Journal::load(offered.path(), &error);
        if (!journal) {
            m_banner->showMessage(error);
            return;
        }
        if (QWidget *wizard = openRunbookWizard(*journal, services, m_window))
            wizard->show();
    };
    if (!runs.isEmpty()) {
        QPushButton *resume = m_banner->addButton(QStringLiteral("resumeRunbookPushButton"), tr("Resume…"));
        if (runs.size() == 1) {
            connect(resume, &QPushButton::clicked, this, [open, journal = runs.first()] { open(journal); });
        } else {
            auto *menu = new QMenu(resume);
            menu->setObjectName(QStringLiteral("resumeRunbookMenu"));
            for (const Journal &journal : std::as_const(runs))
                connect(menu->addAction(describe(journal)), &QAction::triggered, this,
                        [open, journal] { open(journal); });
            resume->setMenu(menu);
        }
    }
    if (!problems.isEmpty()) {
        connect(m_banner->addButton(QStringLiteral("journalProblemsPushButton"), tr("Show Unreadable Journals…")),
                &QPushButton::clicked, this, [this, folder] {
                    auto *dialog = new JournalProblemsDialog(folder, m_window);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    dialog->open();
                });
    }
    return true;
}

} // namespace hpg
