#include "sandbox/pg/pgtypes.h"

#include <QUrl>

namespace hpg::sandbox {

QString PgEndpoint::url(const QString &credentialName) const
{
    const PgCredential *c = credential(credentialName);
    if (!c || port == 0)
        return {};
    QUrl u;
    u.setScheme(QStringLiteral("postgres"));
    u.setUserName(c->user);
    u.setPassword(c->password);
    u.setHost(host);
    u.setPort(port);
    u.setPath(QLatin1Char('/') + database);
    return u.toString(QUrl::FullyEncoded);
}

const PgCredential *PgEndpoint::credential(const QString &name) const
{
    for (const PgCredential &c : credentials) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace hpg::sandbox
