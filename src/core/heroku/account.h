#pragma once

#include <QJsonObject>
#include <QString>

namespace hpg {

// The signed-in account (GET /account).
struct Account
{
    QString id;
    QString email;
    QString name;

    bool isValid() const { return !email.isEmpty(); }
    static Account fromJson(const QJsonObject &json)
    {
        return Account { json.value(QStringLiteral("id")).toString(), json.value(QStringLiteral("email")).toString(),
                         json.value(QStringLiteral("name")).toString() };
    }
};

} // namespace hpg
