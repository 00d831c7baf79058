#pragma once

#include <QString>

namespace hpg {

// What this build is and what it runs on: shown in About and by --version.
class BuildInfo
{
public:
    static QString version();
    static QString libpqVersion();
    static QString qtVersion();
};

} // namespace hpg
