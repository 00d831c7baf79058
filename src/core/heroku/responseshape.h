#pragma once

#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace hpg {

// What every answer hpgdesk reads must look like before its value types see it: no string
// longer than maxTextLength anywhere (Heroku's longest, a config var, is far shorter; a longer
// one is an answer gone wrong that would only slow the widgets down), and for a request that
// names its required fields, an object (or a list of objects) in which each of them is
// non-empty text. A missing name or id would otherwise make an app without a name.
class ResponseShape
{
    Q_DECLARE_TR_FUNCTIONS(hpg::ResponseShape)
public:
    static constexpr qsizetype maxTextLength = 64 * 1024;

    // Empty when `json` is fine; otherwise one translated sentence saying what is wrong.
    static QString problem(const QJsonDocument &json, const QStringList &requiredText);
};

} // namespace hpg
