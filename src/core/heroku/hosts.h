#pragma once

#include <QUrl>

namespace hpg {

// Which hosts the API token may go to: Heroku's own services, or loopback (a local sandbox).
// Apart from ApiClient so that code that only needs the rule (a journal's owner) does not pull in
// the network client.
class Hosts
{
public:
    static bool isLoopback(const QUrl &url);
    // heroku.com and its subdomains; not herokuapp.com, where anyone's app answers.
    static bool isHeroku(const QUrl &url);
};

} // namespace hpg
