#pragma once

#include <QCoreApplication>
#include <QString>

namespace hpg {

// Finds out, before QtKeychain is asked anything, whether a keychain can be
// reached at all. On Linux and the BSDs QtKeychain talks to the Secret
// Service (GNOME Keyring, KeePassXC…) or KWallet over the D-Bus session bus;
// without a bus, or with no such service on it, libsecret would fail late
// or wait. Elsewhere (macOS, Windows) the keychain is part of the system and
// the probe always succeeds.
class SecretServiceProbe
{
    Q_DECLARE_TR_FUNCTIONS(hpg::SecretServiceProbe)
public:
    struct Result
    {
        bool available = true;
        QString message; // translated, when not available
    };

    // Blocks for up to about two D-Bus round trips of `timeoutMs` each: run it
    // on a worker thread (KeychainSecretStore does).
    static Result run(int timeoutMs);

    // The D-Bus session bus address libdbus would use: DBUS_SESSION_BUS_ADDRESS,
    // else $XDG_RUNTIME_DIR/bus when that socket exists; empty when none.
    static QString sessionBusAddress();
};

} // namespace hpg
