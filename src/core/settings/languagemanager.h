#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace hpg {

// Installs the application's and Qt's own translations and switches them at
// run time. Qt then sends QEvent::LanguageChange to every widget, which
// retranslates itself.
class LanguageManager : public QObject
{
    Q_OBJECT
public:
    enum class Language { System, English, Japanese };
    Q_ENUM(Language)

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    // The choice kept in the settings (System when there is none).
    static Language savedLanguage();
    static void saveLanguage(Language language);

    // "en" or "ja": what System means on this machine, else the explicit choice.
    static QString effectiveCode(Language language);
    static Language fromCode(const QString &code, bool *ok = nullptr);

    // The locale that goes with the language shown (dates, day names, the list separator "、"):
    // Japanese for Japanese, the system's locale when it is English, else US English.
    static QLocale uiLocale();
    // Joins a list with the separator of the language shown ("a, b, c" / "a、b、c").
    static QString joinList(const QStringList &items);

    // Joins whole sentences the way the language shown writes them: a space after an English
    // full stop, nothing after a Japanese "。".
    static QString joinSentences(const QStringList &sentences);

    Language language() const { return m_language; }
    QString currentCode() const { return effectiveCode(m_language); }

    // Installs the translators for `language` and makes uiLocale() the default QLocale; returns
    // false when the application's own catalogue for it could not be loaded.
    bool apply(Language language);

signals:
    void languageChanged(hpg::LanguageManager::Language language);

private:
    void removeTranslators();

    static QString s_uiCode; // the catalogue applied last: "en" or "ja"
    Language m_language = Language::English;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace hpg
