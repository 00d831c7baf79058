#pragma once

#include "core/secrets/tokenimporter.h"

#include <QPointer>
#include <QWidget>

#include <memory>

namespace Ui {
class FirstRunPanel;
}

namespace hpg {

// What the main area shows while nobody is signed in: what the app does, a Sign In button, and
// the API tokens already on this computer (HEROKU_API_KEY, ~/.netrc, the Heroku CLI's keychain
// item), one button each, shown only when found.
class FirstRunPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FirstRunPanel(QWidget *parent = nullptr);
    ~FirstRunPanel() override;

    // Looks for tokens again (in the background); the buttons follow when it is done.
    void scan();
    // The sources found by the last scan ("env", "netrc", "heroku-cli"), in trust order.
    QStringList foundSources() const { return m_found; }

signals:
    void signInRequested();
    // "env", "netrc" or "heroku-cli", as SignInDialog::importRequested names them.
    void importRequested(const QString &source);
    void scanned();

protected:
    void changeEvent(QEvent *event) override;

private:
    void showReport(const TokenImporter::Report &report);
    void updateTexts();

    std::unique_ptr<Ui::FirstRunPanel> m_ui;
    QPointer<TokenImporter> m_importer;
    TokenImporter::Report m_report;
    QStringList m_found;
};

} // namespace hpg
