#include "languagemanager.h"

#include "appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hpg {

namespace {
const auto kLanguageKey = QStringLiteral("ui/language");
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

LanguageManager::Language LanguageManager::savedLanguage()
{
    bool ok = false;
    const auto code = AppSettings::value(kLanguageKey).toString();
    if (code == QLatin1String("system"))
        return Language::System;
    const auto language = fromCode(code, &ok);
    return ok ? language : Language::System;
}

void LanguageManager::saveLanguage(Language language)
{
    AppSettings::setValue(kLanguageKey,
                         language == Language::System ? QStringLiteral("system") : effectiveCode(language));
}

QString LanguageManager::effectiveCode(Language language)
{
    switch (language) {
    case Language::English:
        return QStringLiteral("en");
    case Language::Japanese:
        return QStringLiteral("ja");
    case Language::System:
        break;
    }
    for (const auto &name : QLocale::system().uiLanguages()) {
        if (name.startsWith(QLatin1String("ja")))
            return QStringLiteral("ja");
        if (name.startsWith(QLatin1String("en")))
            return QStringLiteral("en");
    }
    return QStringLiteral("en");
}

LanguageManager::Language LanguageManager::fromCode(const QString &code, bool *ok)
{
    const auto lower = code.trimmed().toLower();
    if (ok)
        *ok = true;
    if (lower == QLatin1String("en"))
        return Language::English;
    if (lower == QLatin1String("ja"))
        return Language::Japanese;
    if (lower == QLatin1String("system"))
        return Language::System;
    if (ok)
        *ok = false;
    return Language::System;
}

QString LanguageManager::s_uiCode = QStringLiteral("en");

QLocale LanguageManager::uiLocale()
{
    if (s_uiCode == QLatin1String("ja"))
        return QLocale(QLocale::Japanese, QLocale::Japan);
    const QLocale system = QLocale::system();
    return system.language() == QLocale::English ? system : QLocale(QLocale::English, QLocale::UnitedStates);
}

QString LanguageManager::joinList(const QStringList &items)
{
    // A plain separator, no "and": the lists are names and values, read as a list.
    return items.join(s_uiCode == QLatin1String("ja") ? QStringLiteral("、") : QStringLiteral(", "));
}

QString LanguageManager::joinSentences(const QStringList &sentences)
{
    QStringList nonEmpty;
    for (const QString &sentence : sentences) {
        if (!sentence.trimmed().isEmpty())
            nonEmpty.append(sentence.trimmed());
    }
    if (s_uiCode != QLatin1String("ja"))
        return nonEmpty.join(QLatin1Char(' ')); // not prose: this is the join for English prose
    QString text;
    for (const QString &sentence : std::as_const(nonEmpty)) {
        // A sentence from elsewhere (a server's English message) still gets its space.
        if (!text.isEmpty() && !text.endsWith(QChar(0x3002)) && !text.endsWith(QChar(0xff09)))
            text += QLatin1Char(' ');
        text += sentence;
    }
    return text;
}

bool LanguageManager::apply(Language language)
{
    removeTranslators();
    const auto code = effectiveCode(language);

    m_appTranslator = std::make_unique<QTranslator>();
    const bool appLoaded = m_appTranslator->load(QStringLiteral(":/i18n/hpgdesk_%1.qm").arg(code));
    if (appLoaded)
        QCoreApplication::installTranslator(m_appTranslator.get());

    // Qt's own strings (QWizard buttons, standard dialogs) come from qtbase_<lang>.
    m_qtTranslator = std::make_unique<QTranslator>();
    if (m_qtTranslator->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());

    m_language = language;
    s_uiCode = code;
    // Dates, day names and numbers in the language shown (QLocale() everywhere follows it).
    QLocale::setDefault(uiLocale());
    emit languageChanged(language);
    return appLoaded;
}

void LanguageManager::removeTranslators()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

} // namespace hpg
