#include "localserverdialog.h"

#include "core/secrets/secretstore.h"
#include "core/threads/workerpool.h"
#include "core/transfer/pgquery.h"
#include "core/transfer/pgtoolversion.h"
#include "ui/widgets/appearance.h"

#include "ui_localserverdialog.h"

#include <QPushButton>
#include <QSettings>
#include <QtConcurrent>

namespace hpg {

LocalServerDialog::LocalServerDialog(const LocalServerSettings &settings, const QString &password, SecretStore *secrets,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LocalServerDialog>())
    , m_secrets(secrets)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("localServerDialog"));
    m_ui->hostLineEdit->setText(settings.host);
    m_ui->portSpinBox->setValue(settings.port);
    m_ui->userLineEdit->setText(settings.user);
    m_ui->userLineEdit->setPlaceholderText(LocalServerSettings().effectiveUser());
    m_ui->passwordLineEdit->setText(password);
    m_ui->rememberPasswordCheckBox->setEnabled(m_secrets != nullptr);
    m_ui->rememberPasswordCheckBox->setChecked(m_secrets != nullptr);
    updatePortText();
    connect(m_ui->testPushButton, &QPushButton::clicked, this, &LocalServerDialog::test);
    connect(m_ui->localServerButtonBox, &QDialogButtonBox::accepted, this, &LocalServerDialog::accept);
    connect(m_ui->localServerButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_testWatcher, &QFutureWatcher<QStringList>::finished, this, [this] {
        const QStringList result = m_testWatcher.result();
        const bool ok = result.value(0) == QLatin1String("ok");
        m_ui->testResultLabel->setText(result.value(1));
        m_ui->testResultLabel->setStyleSheet(ok ? Appearance::successLabelStyle(palette())
                                                : Appearance::errorLabelStyle(palette()));
        m_ui->testPushButton->setEnabled(true);
        emit tested(ok, result.value(1));
    });
}

LocalServerDialog::~LocalServerDialog() = default;

void LocalServerDialog::updatePortText()
{
    m_ui->portSpinBox->setSpecialValueText(tr("5432 (default)"));
}

LocalServerSettings LocalServerDialog::settings() const
{
    LocalServerSettings settings;
    settings.host = m_ui->hostLineEdit->text().trimmed();
    settings.port = m_ui->portSpinBox->value();
    settings.user = m_ui->userLineEdit->text().trimmed();
    return settings;
}

QString LocalServerDialog::password() const
{
    return m_ui->passwordLineEdit->text();
}

void LocalServerDialog::test()
{
    if (m_testWatcher.isRunning())
        return;
    m_ui->testPushButton->setEnabled(false);
    m_ui->testResultLabel->setStyleSheet(QString());
    m_ui->testResultLabel->setText(tr("Connecting…"));
    const ConnInfo conn = settings().connInfo(QStringLiteral("postgres"), password());
    const QString user = settings().effectiveUser();
    // The texts are made here, on the UI thread; the worker only fills them in.
    const QString okCreate = tr("Connected to PostgreSQL %1 as %2, who may create databases.");
    const QString okNoCreate = tr("Connected to PostgreSQL %1 as %2, but %2 may not create databases: pulls need "
                                  "the CREATEDB privilege.");
    const QString failed = tr("Could not connect: %1");
    m_testWatcher.setFuture(QtConcurrent::run(workerPool(), [conn, user, okCreate, okNoCreate, failed] {
        const QList<PgQuery::Statement> statements {
            { QStringLiteral("SELECT rolcreatedb OR rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user"),
              {} },
        };
        PgQuery::Result result = PgQuery::runBlocking(conn, statements, 10);
        if (!result.connected) {
            ConnInfo other = conn;
            other.setDatabase(QStringLiteral("template1"));
            const PgQuery::Result second = PgQuery::runBlocking(other, statements, 10);
            if (second.connected)
                result = second;
        }
        if (!result.ok)
            return QStringList { QStringLiteral("failed"), failed.arg(result.error) };
        const QString version = PgToolVersion::fromNumber(result.serverVersion).text();
        return QStringList { QStringLiteral("ok"),
                             (result.value() == QLatin1String("t") ? okCreate : okNoCreate).arg(version, user) };
    }));
}

void LocalServerDialog::accept()
{
    const LocalServerSettings chosen = settings();
    QSettings store;
    chosen.save(store);
    if (m_secrets) {
        const QString key = chosen.secretKey();
        if (m_ui->rememberPasswordCheckBox->isChecked() && !password().isEmpty())
            m_secrets->write(SecretStore::appService(), key, password(), nullptr, [](const SecretResult &) {});
        else
            m_secrets->remove(SecretStore::appService(), key, nullptr, [](const SecretResult &) {});
    }
    QDialog::accept();
}

void LocalServerDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updatePortText();
    }
    QDialog::changeEvent(event);
}

} // namespace hpg
