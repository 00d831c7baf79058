#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace hpg {

// Puts text that holds a secret on the clipboard, marked so that clipboard
// managers do not keep it (KDE, GNOME/X11 password managers, macOS, Windows),
// and clears it after a while unless the user copied something else meanwhile.
// A secret still waiting to be cleared is cleared when the application quits
// (or this object goes), however long the delay still had to run.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    explicit SecretClipboard(QObject *parent = nullptr);
    ~SecretClipboard() override;

    // Seconds before the clipboard is cleared (settings "clipboard/clearSeconds", default 30; 0 = never,
    // not even on quit).
    static int clearSeconds();
    static void setClearSeconds(int seconds);

    void copy(const QString &text, bool secret);
    bool isPending() const { return m_timer.isActive(); }
    int remainingSeconds() const;

signals:
    void cleared();

private:
    void clearIfUnchanged();
    void clearSecretNow();

    QTimer m_timer;
    QString m_copied;
};

} // namespace hpg
