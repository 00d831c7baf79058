#include "journalproblemsdialog.h"

#include "core/runbooks/journal.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hpg {

JournalProblemsDialog::JournalProblemsDialog(const QString &dir, QWidget *parent)
    : QDialog(parent)
    , m_dir(dir)
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("journalProblemsDialog"));
    m_intro->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("journalProblemsTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(3);
    m_list->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("journalProblemsStatusLabel"));
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportJournalPushButton"));
    m_remove = buttons->addButton(QString(), QDialogButtonBox::DestructiveRole);
    m_remove->setObjectName(QStringLiteral("removeJournalPushButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_export, &QPushButton::clicked, this, &JournalProblemsDialog::exportSelected);
    connect(m_remove, &QPushButton::clicked, this, &JournalProblemsDialog::removeSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        m_export->setEnabled(!selectedPath().isEmpty());
        m_remove->setEnabled(!selectedPath().isEmpty());
    });
    retranslate();
    fill();
    resize(760, 360);
}

void JournalProblemsDialog::retranslate()
{
    setWindowTitle(tr("Unreadable Runbook Journals"));
    m_intro->setText(tr("These journals of runs in %1 cannot be resumed. A run they record may have left changes "
                        "in place (maintenance mode, scaled-down dynos): check the app. Export a journal to keep "
                        "it or to hand it to support, or remove it.")
                         .arg(m_dir));
    m_list->setHeaderLabels({ tr("File"), tr("Changed"), tr("Why it cannot be read") });
    m_export->setText(tr("&Export…"));
    m_remove->setText(tr("&Remove…"));
}

void JournalProblemsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fill();
    }
    QDialog::changeEvent(event);
}

void JournalProblemsDialog::fill()
{
    m_list->clear();
    for (const Journal::Problem &problem : Journal::unreadable(m_dir)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, QFileInfo(problem.path).fileName());
        item->setData(0, Qt::UserRole, problem.path);
        item->setText(1, QLocale().toString(problem.modified.toLocalTime(), QLocale::ShortFormat));
        item->setText(2, problem.error);
        item->setToolTip(2, problem.error);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_export->setEnabled(!selectedPath().isEmpty());
    m_remove->setEnabled(!selectedPath().isEmpty());
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
}

QString JournalProblemsDialog::selectedPath() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void JournalProblemsDialog::exportSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    auto *dialog = new QFileDialog(this, tr("Export Journal"), QFileInfo(path).fileName(), tr("JSON (*.json)"));
    dialog->setObjectName(QStringLiteral("exportJournalFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, path](const QString &target) {
        QFile::remove(target);
        m_status->setText(QFile::copy(path, target) ? tr("Exported to %1.").arg(target)
                                                    : tr("Could not export the journal to %1.").arg(target));
    });
    dialog->open();
}

void JournalProblemsDialog::removeSelected()
{
    const QString path = selectedPath();
    if (path.isEmpty())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Remove Journal"),
        tr("Remove the journal %1? hpgdesk will no longer know of the run it records.").arg(QFileInfo(path).fileName()),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmRemoveJournalMessageBox"));
    QPushButton *yes = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRemoveJournalPushButton"));
    box->addButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, path](QAbstractButton *clicked) {
        if (clicked != yes)
            return;
        m_status->setText(QFile::remove(path) ? tr("Removed %1.").arg(QFileInfo(path).fileName())
                                              : tr("Could not remove %1.").arg(path));
        fill();
    });
    box->open();
}

} // namespace hpg
