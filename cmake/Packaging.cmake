# CPack: a Debian package (cpack -G DEB in the build directory).
set(CPACK_PACKAGE_NAME "hpgdesk")
set(CPACK_PACKAGE_VENDOR "The hpgdesk developers")
set(CPACK_PACKAGE_CONTACT "hpgdesk developers <hpgdesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop tool for Heroku Postgres")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME "DEB-DEFAULT")
set(CPACK_DEBIAN_PACKAGE_SECTION "database")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the xcb platform
# plugin, the SVG icon loader and Qt's own Japanese strings (without them the
# wizard and dialog buttons of a Japanese UI fall back to English, also when
# installed with --no-install-recommends); recommended, the PostgreSQL client
# tools that push, pull and the sandbox run.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "postgresql-client, gnome-keyring | kwalletmanager, libsecret-tools")
# hpgdesk --sandbox runs real PostgreSQL servers (initdb, pg_ctl, pg_basebackup).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "postgresql-15")
include(CPack)
