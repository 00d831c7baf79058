#include "credentialsdialog.h"

#include "connectioninfopage.h"
#include "core/heroku/credentialmanager.h"
#include "core/settings/languagemanager.h"
#include "ui/dialogs/typedconfirmationdialog.h"
#include "ui/widgets/appearance.h"
#include "ui/widgets/secretclipboard.h"

#include "ui_credentialsdialog.h"

#include <QEvent>
#include <QMenu>
#include <QPushButton>

namespace hpg {

CredentialsDialog::CredentialsDialog(ApiClient *api, SecretClipboard *clipboard, const QString &appName,
                                     const QString &addonName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CredentialsDialog>())
    , m_manager(new CredentialManager(api, this))
    , m_clipboard(clipboard)
    , m_copyMenu(new QMenu(this))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("credentialsDialog"));
    Appearance::keepPanelStyled(m_ui->essentialLabel, Appearance::Tone::Warning);
    m_ui->essentialLabel->hide();
    Appearance::keepPanelStyled(m_ui->errorLabel, Appearance::Tone::Error);
    m_ui->errorLabel->hide();
    m_copyMenu->setObjectName(QStringLiteral("copyAsMenu"));
    m_ui->copyPushButton->setMenu(m_copyMenu);

    connect(m_manager, &CredentialManager::loaded, this, &CredentialsDialog::fill);
    connect(m_manager, &CredentialManager::failed, this,
            [this](const QString &message) { showStatus(false, message); });
    connect(m_manager, &CredentialManager::actionFinished, this, [this](bool ok, const QString &message) {
        showStatus(ok, message);
        if (ok)
            m_ui->newCredentialLineEdit->clear();
        updateButtons();
        emit actionFinished(ok, message);
    });
    connect(m_ui->credentialsTreeWidget, &QTreeWidget::currentItemChanged, this, &CredentialsDialog::updateButtons);
    connect(m_ui->newCredentialLineEdit, &QLineEdit::textChanged, this, &CredentialsDialog::updateButtons);
    connect(m_ui->createPushButton, &QPushButton::clicked, this, [this] {
        showStatus(true, tr("Creating the credential %1…").arg(m_ui->newCredentialLineEdit->text()));
        m_manager->create(m_ui->newCredentialLineEdit->text().trimmed());
        updateButtons();
    });
    connect(m_ui->rotatePushButton, &QPushButton::clicked, this, &CredentialsDialog::rotateSelected);
    connect(m_ui->rotateAllPushButton, &QPushButton::clicked, this, &CredentialsDialog::rotateAll);
    connect(m_ui->destroyPushButton, &QPushButton::clicked, this, &CredentialsDialog::destroySelected);
    connect(m_ui->refreshPushButton, &QPushButton::clicked, m_manager, &CredentialManager::reload);
    connect(m_ui->closeButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_manager->setDatabase(appName, addonName); // answers later: nothing is shown yet
    retranslate();
    updateButtons();
}

CredentialsDialog::~CredentialsDialog() = default;

QString CredentialsDialog::selectedCredential() const
{
    const QTreeWidgetItem *item = m_ui->credentialsTreeWidget->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void CredentialsDialog::selectCredential(const QString &name)
{
    for (int i = 0; i < m_ui->credentialsTreeWidget->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_ui->credentialsTreeWidget->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == name)
            m_ui->credentialsTreeWidget->setCurrentItem(item);
    }
}

void CredentialsDialog::fill()
{
    const QString keep = selectedCredential();
    m_ui->credentialsTreeWidget->clear();
    for (const CredentialManager::Entry &entry : m_manager->entries()) {
        QStringList uses;
        for (const Attachment &attachment : entry.attachments)
            //: an attachment that uses a credential: %1 config var prefix (ANALYST), %2 app
            uses.append(tr("%1 on %2").arg(attachment.name, attachment.appName));
        auto *item = new QTreeWidgetItem(m_ui->credentialsTreeWidget);
        const QString name = entry.credential.name;
        //: the name of a database's default credential (Heroku calls it "default")
        item->setText(0, entry.credential.isDefault() ? tr("default") : name);
        item->setData(0, Qt::UserRole, name);
        item->setText(1, ConnectionInfoPage::stateText(entry.credential.state));
        item->setText(2, entry.credential.connection.user());
        item->setText(3, uses.isEmpty() ? tr("Not attached") : LanguageManager::joinList(uses));
    }
    for (int column = 0; column < 3; ++column)
        m_ui->credentialsTreeWidget->resizeColumnToContents(column);
    selectCredential(keep.isEmpty() ? QStringLiteral("default") : keep);
    m_ui->essentialLabel->setVisible(!m_manager->credentialsApply());
    updateButtons();
}

void CredentialsDialog::updateButtons()
{
    const QString name = selectedCredential();
    const auto entry = m_manager->entry(name);
    const bool idle = m_manager->isLoaded() && !m_manager->isBusy();
    const bool active = entry && entry->credential.state == QLatin1String("active");
    const bool named = m_manager->credentialsApply();
    m_ui->copyPushButton->setEnabled(entry && !entry->credential.connection.user().isEmpty());
    m_ui->rotatePushButton->setEnabled(idle && active && (named || entry->credential.isDefault()));
    m_ui->rotateAllPushButton->setEnabled(idle && named && !m_manager->entries().isEmpty());
    m_ui->destroyPushButton->setEnabled(idle && named && entry && !entry->credential.isDefault());
    m_ui->destroyPushButton->setToolTip(entry && !entry->attachments.isEmpty()
                                            ? tr("Detach this credential from its apps before destroying it.")
                                            : QString());
    m_ui->newCredentialLineEdit->setEnabled(named);
    m_ui->createPushButton->setEnabled(
        idle && named && CredentialManager::nameError(m_ui->newCredentialLineEdit->text().trimmed()).isEmpty());
    const QString text = m_ui->newCredentialLineEdit->text().trimmed();
    m_ui->createPushButton->setToolTip(text.isEmpty() ? QString() : m_manager->createCommand(text));
    m_ui->newCredentialLineEdit->setToolTip(text.isEmpty() ? QString() : CredentialManager::nameError(text));
}

void CredentialsDialog::copy(ConnInfo::Form form)
{
    const auto entry = m_manager->entry(selectedCredential());
    if (!entry || entry->credential.connection.user().isEmpty())
        return;
    m_clipboard->copy(entry->credential.connection.to(form), true);
    showStatus(true,
               tr("Copied the credential %1 with its password; the clipboard is cleared after a while.")
                   .arg(entry->credential.name));
    emit copied(form);
}

void CredentialsDialog::confirm(const QString &title, const QString &warning, const QString &cli,
                                const QString &confirmText, const std::function<void(const QString &)> &action)
{
    auto *dialog = new TypedConfirmationDialog(title, warning, cli, m_manager->appName(), this);
    dialog->setConfirmText(confirmText);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [action, dialog] { action(dialog->appName()); });
    dialog->open();
}

void CredentialsDialog::rotateSelected()
{
    const QString name = selectedCredential();
    const auto entry = m_manager->entry(name);
    if (!entry)
        return;
    const QString warning = CredentialManager::rotationWarning(m_manager->addonName(), name);
    confirm(tr("Rotate Credential"), warning, m_manager->rotateCommand(name), tr("Rotate"),
            [this, name](const QString &typed) {
                showStatus(true, tr("Rotating the credential %1…").arg(name));
                m_manager->rotate(name, typed);
                updateButtons();
            });
}

void CredentialsDialog::rotateAll()
{
    const QString addon = m_manager->addonName();
    confirm(tr("Rotate All Credentials"),
            tr("Rotating every credential of %1 changes all their passwords now. Every connection to the database is "
               "reset, and every app attached to it restarts to pick up the new passwords.")
                .arg(addon),
            m_manager->rotateAllCommand(), tr("Rotate All"), [this](const QString &typed) {
                showStatus(true, tr("Rotating every credential…"));
                m_manager->rotateAll(typed);
                updateButtons();
            });
}

void CredentialsDialog::destroySelected()
{
    const QString name = selectedCredential();
    const auto entry = m_manager->entry(name);
    if (!entry)
        return;
    if (!entry->attachments.isEmpty()) {
        m_manager->destroy(name, m_manager->appName()); // refused with the attachments named
        return;
    }
    confirm(tr("Destroy Credential"),
            tr("Destroying the credential %1 of %2 drops its database user. Anything that still connects with it "
               "stops working, and this cannot be undone.")
                .arg(name, m_manager->addonName()),
            m_manager->destroyCommand(name), tr("Destroy"), [this, name](const QString &typed) {
                showStatus(true, tr("Destroying the credential %1…").arg(name));
                m_manager->destroy(name, typed);
                updateButtons();
            });
}

void CredentialsDialog::showStatus(bool ok, const QString &message)
{
    m_ui->errorLabel->setVisible(!ok);
    m_ui->errorLabel->setText(ok ? QString() : message);
    m_ui->statusLabel->setText(ok ? message : QString());
}

void CredentialsDialog::retranslate()
{
    setWindowTitle(tr("Credentials of %1").arg(m_manager->addonName()));
    m_ui->introLabel->setText(tr("Each credential is its own database user. Give each app or person its own, "
                                 "attach it to an app with addons:attach --credential, and rotate it when someone "
                                 "who knew the password leaves."));
    m_ui->essentialLabel->setText(
        tr("%1 is on an Essential plan. Essential plans have only the default credential: named credentials do "
           "not apply to them.")
            .arg(m_manager->addonName()));
    m_copyMenu->clear();
    const QList<QPair<QString, ConnInfo::Form>> forms {
        { tr("URL"), ConnInfo::Form::Url },
        { tr("key=value"), ConnInfo::Form::KeyValue },
        { tr("JDBC URL"), ConnInfo::Form::Jdbc },
        { tr("psql command"), ConnInfo::Form::Psql },
        { tr(".pgpass line"), ConnInfo::Form::Pgpass },
        { tr("PG* environment"), ConnInfo::Form::Env },
    };
    for (const auto &[text, form] : forms) {
        const ConnInfo::Form f = form;
        m_copyMenu->addAction(text, this, [this, f] { copy(f); });
    }
}

void CredentialsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        fill();
    }
    QDialog::changeEvent(event);
}

} // namespace hpg
