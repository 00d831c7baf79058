# hpg_precompile(<target> [WIDGETS]): precompiles the Qt and standard headers that most of the
# target's sources include, once per target. Parsing those headers was about half of each file's
# compile time, and the libraries are most of the build (CI builds everything on two cores).
# HPG_PCH=OFF builds without, to check that each file includes what it uses.
option(HPG_PCH "Precompile the headers the libraries include most" ON)

set(HPG_PCH_CORE
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QFile> <QFileInfo> <QHash> <QJsonArray>
    <QJsonDocument> <QJsonObject> <QList> <QLocale> <QObject> <QPointer> <QString> <QStringList>
    <QTimer> <QUrl> <functional> <memory> <optional>)
set(HPG_PCH_WIDGETS
    <QDialog> <QEvent> <QHeaderView> <QLabel> <QPushButton> <QVBoxLayout> <QWidget> <QWizardPage>)

function(hpg_precompile target)
    if(NOT HPG_PCH)
        return()
    endif()
    cmake_parse_arguments(arg "WIDGETS" "" "" ${ARGN})
    set(headers ${HPG_PCH_CORE})
    if(arg_WIDGETS)
        list(APPEND headers ${HPG_PCH_WIDGETS})
    endif()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()
