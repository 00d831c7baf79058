#include "exportdialog.h"

#include "core/settings/languagemanager.h"
#include "ui/widgets/appearance.h"

#include "ui_exportdialog.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>

namespace hpg {

ExportDialog::ExportDialog(const ConnInfo &connection, const QString &credential, const QString &appName,
                           const QString &addonName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_connection(connection)
    , m_credential(credential)
    , m_appName(appName)
    , m_addonName(addonName)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("exportDialog"));
    Appearance::keepPanelStyled(m_ui->errorLabel, Appearance::Tone::Error);
    m_ui->errorLabel->hide();
    m_ui->previewPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->passFileLineEdit->setText(QDir::toNativeSeparators(ClientExport::defaultPassFile()));
    m_ui->nameLineEdit->setText(credential == QLatin1String("default") ? appName
                                                                       : appName + QLatin1Char('-') + credential);
    retranslate();

    connect(m_ui->targetComboBox, &QComboBox::currentIndexChanged, this, &ExportDialog::onTargetChanged);
    for (QLineEdit *edit : { m_ui->nameLineEdit, m_ui->pathLineEdit, m_ui->passFileLineEdit })
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::update);
    connect(m_ui->includePasswordCheckBox, &QCheckBox::toggled, this, &ExportDialog::update);
    connect(m_ui->browsePathPushButton, &QPushButton::clicked, this,
            [this] { browse(m_ui->pathLineEdit, tr("Export To")); });
    connect(m_ui->browsePassFilePushButton, &QPushButton::clicked, this,
            [this] { browse(m_ui->passFileLineEdit, tr("Password File")); });
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QDialog::reject);
    onTargetChanged();
}

ExportDialog::~ExportDialog() = default;

ClientExport::Options ExportDialog::options() const
{
    ClientExport::Options options;
    options.target = ClientExport::Target(m_ui->targetComboBox->currentData().toInt());
    options.name = m_ui->nameLineEdit->text().trimmed();
    options.credential = m_credential;
    options.addonName = m_addonName;
    options.connection = m_connection;
    options.includePassword = m_ui->includePasswordCheckBox->isChecked();
    options.path = QDir::fromNativeSeparators(m_ui->pathLineEdit->text().trimmed());
    options.passFile = QDir::fromNativeSeparators(m_ui->passFileLineEdit->text().trimmed());
    return options;
}

void ExportDialog::setTarget(ClientExport::Target target)
{
    m_ui->targetComboBox->setCurrentIndex(m_ui->targetComboBox->findData(int(target)));
}

void ExportDialog::onTargetChanged()
{
    const auto target = ClientExport::Target(m_ui->targetComboBox->currentData().toInt());
    m_ui->pathLineEdit->setText(QDir::toNativeSeparators(ClientExport::defaultPath(target)));
    update();
}

void ExportDialog::update()
{
    const ClientExport::Options o = options();
    m_ui->statusLabel->clear(); // it was about what was written before the change
    m_ui->errorLabel->hide();
    const bool passFile = o.target != ClientExport::Target::DBeaver;
    m_ui->passFileLabel->setVisible(passFile);
    m_ui->passFileLineEdit->setVisible(passFile);
    m_ui->browsePassFilePushButton->setVisible(passFile);
    m_ui->passFileLineEdit->setEnabled(o.includePassword);
    m_ui->browsePassFilePushButton->setEnabled(o.includePassword);

    QString note;
    if (!o.includePassword)
        note = tr("The password is not included: the client asks for it when it connects.");
    else if (o.target == ClientExport::Target::LibpqService)
        note = tr("The password is written to %1 (readable by you only), where psql and other libpq clients find it.")
                   .arg(QDir::toNativeSeparators(o.passFile));
    else if (o.target == ClientExport::Target::PgAdmin)
        note = tr("pgAdmin does not import passwords: the password is written to %1 (readable by you only) and the "
                  "server's password file points there.")
                   .arg(QDir::toNativeSeparators(o.passFile));
    else
        note = tr("The password is written in plain text into %1, which is made readable by you only.")
                   .arg(QDir::toNativeSeparators(o.path));
    m_ui->passwordNoteLabel->setText(note);
    m_ui->previewPlainTextEdit->setPlainText(ClientExport::preview(o));
    const QString problem = ClientExport::check(o);
    m_ui->exportPushButton->setEnabled(problem.isEmpty());
    m_ui->exportPushButton->setToolTip(problem);
}

void ExportDialog::browse(QLineEdit *edit, const QString &title)
{
    const QString current = QDir::fromNativeSeparators(edit->text());
    auto *dialog = new QFileDialog(this, title, QFileInfo(current).absolutePath());
    dialog->setObjectName(edit == m_ui->pathLineEdit ? QStringLiteral("exportFileDialog")
                                                     : QStringLiteral("passFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite); // the entry is merged in, nothing else is replaced
    dialog->selectFile(QFileInfo(current).fileName());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [edit](const QString &path) { edit->setText(QDir::toNativeSeparators(path)); });
    dialog->open();
}

bool ExportDialog::exportNow()
{
    QStringList written;
    QString error;
    const bool ok = ClientExport::write(options(), &written, &error);
    m_ui->errorLabel->setVisible(!ok);
    m_ui->errorLabel->setText(error);
    QStringList shown;
    for (const QString &file : std::as_const(written))
        shown.append(QDir::toNativeSeparators(file));
    m_ui->statusLabel->setText(ok ? tr("Wrote %1.").arg(LanguageManager::joinList(shown)) : QString());
    if (ok)
        emit exported(written);
    return ok;
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export Connection"));
    //: %1 credential name, %2 database, %3 app
    m_ui->credentialLabel->setText(
        tr("Exports the credential %1 of %2 (app %3) for another client.")
            .arg(m_credential == QLatin1String("default") ? tr("default") : m_credential, m_addonName, m_appName));
    const QSignalBlocker blocker(m_ui->targetComboBox);
    const int index = qMax(0, m_ui->targetComboBox->currentIndex());
    m_ui->targetComboBox->clear();
    m_ui->targetComboBox->addItem(tr("libpq service entry (pg_service.conf) for psql and libpq clients"),
                                  int(ClientExport::Target::LibpqService));
    m_ui->targetComboBox->addItem(tr("pgAdmin 4 import file (servers.json)"), int(ClientExport::Target::PgAdmin));
    m_ui->targetComboBox->addItem(tr("DBeaver connection (data-sources.json)"), int(ClientExport::Target::DBeaver));
    m_ui->targetComboBox->setCurrentIndex(index);
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        update();
    }
    QDialog::changeEvent(event);
}

} // namespace hpg
