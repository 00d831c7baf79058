#include "firstrunpanel.h"

#include "ui_firstrunpanel.h"

#include <QEvent>
#include <QPushButton>

namespace hpg {

namespace {

QString sourceName(TokenImporter::Source source)
{
    switch (source) {
    case TokenImporter::Source::Environment:
        return QStringLiteral("env");
    case TokenImporter::Source::Netrc:
        return QStringLiteral("netrc");
    case TokenImporter::Source::HerokuCliKeychain:
        return QStringLiteral("heroku-cli");
    }
    return {};
}

} // namespace

FirstRunPanel::FirstRunPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FirstRunPanel>())
{
    m_ui->setupUi(this);
    connect(m_ui->firstRunSignInPushButton, &QPushButton::clicked, this, &FirstRunPanel::signInRequested);
    connect(m_ui->firstRunEnvironmentPushButton, &QPushButton::clicked, this,
            [this] { emit importRequested(QStringLiteral("env")); });
    connect(m_ui->firstRunNetrcPushButton, &QPushButton::clicked, this,
            [this] { emit importRequested(QStringLiteral("netrc")); });
    connect(m_ui->firstRunCliKeychainPushButton, &QPushButton::clicked, this,
            [this] { emit importRequested(QStringLiteral("heroku-cli")); });
    showReport({});
}

FirstRunPanel::~FirstRunPanel() = default;

void FirstRunPanel::scan()
{
    if (m_importer)
        return; // one look at a time; its answer is the new one
    m_importer = new TokenImporter(this);
    // The keychain answers at once or not at all; the panel does not wait the dialog's ten seconds.
    m_importer->setTimeout(std::chrono::milliseconds(3000));
    connect(m_importer, &TokenImporter::finished, this, [this](const TokenImporter::Report &report) {
        m_importer->deleteLater();
        showReport(report);
        emit scanned();
    });
    m_importer->start();
}

void FirstRunPanel::showReport(const TokenImporter::Report &report)
{
    m_report = report;
    m_found.clear();
    for (const auto &found : report.found) {
        const QString name = sourceName(found.source);
        if (!m_found.contains(name))
            m_found.append(name);
    }
    m_ui->firstRunEnvironmentPushButton->setVisible(m_found.contains(QStringLiteral("env")));
    m_ui->firstRunNetrcPushButton->setVisible(m_found.contains(QStringLiteral("netrc")));
    m_ui->firstRunCliKeychainPushButton->setVisible(m_found.contains(QStringLiteral("heroku-cli")));
    m_ui->foundLabel->setVisible(!m_found.isEmpty());
    updateTexts();
}

void FirstRunPanel::updateTexts()
{
    m_ui->firstRunEnvironmentPushButton->setText(tr("Use HEROKU_API_KEY"));
    m_ui->firstRunNetrcPushButton->setText(tr("Use ~/.netrc"));
    m_ui->firstRunCliKeychainPushButton->setText(tr("Use the Heroku CLI's Login"));
    for (const auto &found : std::as_const(m_report.found)) {
        QPushButton *button = found.source == TokenImporter::Source::Environment ? m_ui->firstRunEnvironmentPushButton
            : found.source == TokenImporter::Source::Netrc                       ? m_ui->firstRunNetrcPushButton
                                                                                 : m_ui->firstRunCliKeychainPushButton;
        button->setToolTip(found.account.isEmpty() ? found.origin
                                                   : tr("%1 (account %2)").arg(found.origin, found.account));
    }
}

void FirstRunPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateTexts();
    }
    QWidget::changeEvent(event);
}

} // namespace hpg
