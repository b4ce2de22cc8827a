#pragma once

#include "model/ids.h"

#include <QDialog>
#include <QString>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

namespace debrief {

class Clock;
class Collection;

enum class ExportFormat { Apkg, Csv, Tsv, Deck };

// What to export, as the dialog's controls say it; the same choices as `debrief-cli export`.
struct ExportChoice {
    ExportFormat format = ExportFormat::Apkg;
    std::optional<DeckId> deck;      // that deck and its subdecks; nullopt = all decks (not for Deck)
    bool includeScheduling = false;  // apkg only: keep intervals and review history
    bool includeMedia = true;        // apkg only
};

// What an export did: `message` is for the user (the counts, or what went wrong, and the
// warning if any). A file with a `warning` was written but has a problem worth showing.
struct ExportOutcome {
    bool ok = false;
    QString message;
    QString warning;
    int notes = 0;
    int cards = 0;      // apkg only
    int reviews = 0;    // apkg only
    int media = 0;      // apkg only
};

// File ▸ Export…: format, deck and the .apkg options. The dialog only chooses; the caller asks
// for the file name (suggestedPath(), suffix(), fileFilter()) and then calls exportTo(), which
// drives the core exporters as cmd_export.cpp does. The collection is only read. The format,
// the two .apkg options and the last folder written to are remembered in QSettings.
class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(Collection &collection, const Clock &clock, std::optional<DeckId> preselected,
                 QWidget *parent = nullptr);

    ExportChoice choice() const;

    static QString suffixFor(ExportFormat format);   // without the dot: "apkg", "csv", "tsv", "deck"
    QString suffix() const { return suffixFor(choice().format); }
    QString fileFilter() const;
    // The remembered folder (else Documents) and a file name from the deck's name and the suffix.
    QString suggestedPath() const;

    // Writes the chosen export to `path` on a worker thread (BackgroundTask) while a progress
    // dialog with Cancel shows; on success remembers its folder. Cancelled or failed: no file.
    ExportOutcome exportTo(const QString &path);

    void done(int result) override;

private:
    void formatChanged();
    // Writes to `path` from `collection` (the worker's own connection); `name` is the file the
    // user chose, for the messages.
    ExportOutcome exportHere(Collection &collection, const QString &path, const QString &name, const ExportChoice &c) const;

    Collection &m_collection;
    const Clock &m_clock;
    QComboBox *m_format = nullptr;
    QLabel *m_formatHint = nullptr;
    QComboBox *m_deck = nullptr;
    QCheckBox *m_scheduling = nullptr;
    QCheckBox *m_media = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_export = nullptr;
    std::optional<DeckId> m_preselected;
    bool m_apkgScheduling = false;   // the .apkg boxes' state while another format is chosen
    bool m_apkgMedia = true;
};

} // namespace debrief
