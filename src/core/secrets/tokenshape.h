#pragma once

#include <QCoreApplication>
#include <QString>

namespace hpg {

// Checks that a pasted Heroku API token has a plausible shape before it is
// sent to GET /account: trims white space, surrounding quotes and a
// "Bearer " prefix, recognises the two forms Heroku issues, and refuses what
// is clearly something else (a URL, an e-mail address, text with spaces…)
// with a message that never repeats the input.
class TokenShape
{
    Q_DECLARE_TR_FUNCTIONS(hpg::TokenShape)
public:
    enum class Kind {
        Invalid,
        Uuid, // 01234567-89ab-cdef-0123-456789abcdef (API keys, older OAuth tokens)
        Hrku, // HRKU-… (current tokens)
        Other, // one word of token characters in another form: let the API decide
    };

    struct Result
    {
        Kind kind = Kind::Invalid;
        QString token; // the normalised token, when valid
        QString error; // translated, when invalid
        bool isValid() const { return kind != Kind::Invalid; }
    };

    static Result check(const QString &input);
};

} // namespace hpg
