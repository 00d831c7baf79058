#pragma once

#include <QObject>
#include <QString>

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

    Language language() const { return m_language; }
    QString currentCode() const { return effectiveCode(m_language); }

    // Installs the translators for `language`; returns false when the
    // application's own catalogue for it could not be loaded.
    bool apply(Language language);

signals:
    void languageChanged(hpg::LanguageManager::Language language);

private:
    void removeTranslators();

    Language m_language = Language::English;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
};

} // namespace hpg
