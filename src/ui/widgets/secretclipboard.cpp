#include "secretclipboard.h"
#include "core/settings/appsettings.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace hpg {

namespace {
const auto kClearKey = QStringLiteral("clipboard/clearSeconds");
}

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearIfUnchanged);
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &SecretClipboard::clearSecretNow);
}

SecretClipboard::~SecretClipboard()
{
    // As on quit, without the signal: whoever listens may be going too.
    if (m_timer.isActive() && qGuiApp && QGuiApplication::clipboard()->text() == m_copied)
        QGuiApplication::clipboard()->clear();
}

void SecretClipboard::clearSecretNow()
{
    if (!m_timer.isActive() || !qGuiApp)
        return;
    m_timer.stop();
    clearIfUnchanged();
}

int SecretClipboard::clearSeconds()
{
    return qBound(0, AppSettings::value(kClearKey, 30).toInt(), 3600);
}

void SecretClipboard::setClearSeconds(int seconds)
{
    AppSettings::setValue(kClearKey, qBound(0, seconds, 3600));
}

int SecretClipboard::remainingSeconds() const
{
    return m_timer.isActive() ? (m_timer.remainingTime() + 999) / 1000 : 0;
}

void SecretClipboard::copy(const QString &text, bool secret)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    if (secret) {
        // KDE Klipper and others honour this hint and do not keep the entry in their history.
        mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
        // macOS pasteboard managers (NSPasteboard concealed type convention).
        mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), QByteArrayLiteral("secret"));
        // Windows: keep it out of clipboard history and cloud clipboard.
        mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), QByteArray(4, '\0'));
        mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), QByteArray(4, '\0'));
        mime->setData(QStringLiteral("CanUploadToCloudClipboard"), QByteArray(4, '\0'));
    }
    QGuiApplication::clipboard()->setMimeData(mime);
    m_copied = text;
    const int seconds = clearSeconds();
    if (secret && seconds > 0)
        m_timer.start(seconds * 1000);
    else
        m_timer.stop();
}

void SecretClipboard::clearIfUnchanged()
{
    // Only clear what we put there: if the user copied something else since, leave it alone.
    if (QGuiApplication::clipboard()->text() == m_copied)
        QGuiApplication::clipboard()->clear();
    m_copied.clear();
    emit cleared();
}

} // namespace hpg
