#pragma once

#include "decks/notecards.h"
#include "model/note.h"
#include "model/notetype.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
class QCompleter;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace debrief {

class CardRenderer;
class CardView;
class Clock;
class Collection;
class OutlineEditor;

// Adds or edits one note of any notetype. Imported Anki types get a plain-text editor per field
// (their HTML as stored); Debrief's own kinds get native forms: a pair's question, weak and
// strong answers, why and key points; a tree's root and its branches (OutlineEditor); a layers
// note's layers with their metrics and decisions. Fields are stored exactly as the deck importer
// stores them, so the renderer shows them unchanged. A debounced live preview draws the chosen
// card with the app's renderer; tags complete from the collection's; the first field is checked
// for duplicates with the import's key. Ctrl+Enter adds (Add: deck, type and tags stay for the
// next note, fields are cleared) or saves (Edit). Used by the Add/Edit dialog and the browser.
class NoteEditor : public QWidget {
    Q_OBJECT
public:
    enum class Mode { Add, Edit };
    // `ownPreview`: draw the preview in a CardView of its own; otherwise only previewReady().
    NoteEditor(Collection &collection, const Clock &clock, Mode mode, bool ownPreview, QWidget *parent = nullptr);
    ~NoteEditor() override;

    Mode mode() const { return m_mode; }
    // Add mode: preselects a deck and a notetype (by id), when they exist.
    void selectDeck(DeckId deck);
    void selectNotetype(NotetypeId notetype);
    // Edit mode: shows the note of `card`; its deck receives the cards the edit adds.
    bool loadCard(CardId card);
    std::optional<NoteId> noteId() const;
    // Forgets the note shown (the browser, when nothing is selected).
    void unload();

    // The note as the form holds it (fields in the notetype's order, stored form).
    Note draft() const;
    bool isModified() const { return m_modified; }
    // Adds (Add) or saves (Edit) the note; returns what changed, or nullopt with the reason in
    // the status line (nothing typed, or the collection refused).
    std::optional<NoteChange> commit();

    // For tests and the browser.
    QComboBox *deckChooser() const { return m_deck; }
    QComboBox *notetypeChooser() const { return m_notetype; }
    QLineEdit *tagsLine() const { return m_tags; }
    QCompleter *tagCompleter() const { return m_tagCompleter; }
    QLabel *duplicateLabel() const { return m_duplicate; }
    QLabel *statusLabel() const { return m_status; }
    CardView *preview() const { return m_preview; }
    QPlainTextEdit *fieldEditor(const QString &fieldName) const;
    OutlineEditor *outlineEditor() const { return m_outline; }
    // Renders the preview now instead of after the typing pause.
    void updatePreview();

signals:
    void committed(const debrief::NoteChange &change);
    void modifiedChanged(bool modified);
    // The preview of the chosen card (both sides), each time it is redrawn.
    void previewReady(const QString &html, const QString &css);

private:
    void loadNotetypes();
    void loadDecks();
    void notetypeChosen();
    void buildFields(const QStringList &keep);
    void setFields(const QStringList &fields);
    void setModified(bool modified);
    void edited();
    void checkDuplicate();
    void fillCardChooser(const Notetype &type, const QStringList &fields);
    void completeTag();
    void insertTag(const QString &tag);
    std::optional<DeckId> chosenDeck();
    QString fieldLabel(const QString &name) const;

    Collection &m_collection;
    const Clock &m_clock;
    Mode m_mode;
    std::unique_ptr<CardRenderer> m_renderer;
    Notetype m_type;
    std::optional<Note> m_note;       // Edit: the note as loaded
    std::optional<Card> m_card;       // Edit: the card it was opened from
    bool m_modified = false;
    bool m_loading = false;
    QHash<NotetypeId, QHash<QString, QList<NoteId>>> m_keys;   // duplicate keys, per notetype on first use

    QComboBox *m_notetype = nullptr;
    QComboBox *m_deck = nullptr;
    QWidget *m_fieldsBox = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QWidget *> m_editors;       // one per field, in field order (QPlainTextEdit or OutlineEditor)
    OutlineEditor *m_outline = nullptr;
    QLineEdit *m_tags = nullptr;
    QCompleter *m_tagCompleter = nullptr;
    QLabel *m_duplicate = nullptr;
    QLabel *m_status = nullptr;
    QComboBox *m_cardChooser = nullptr;
    CardView *m_preview = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace debrief
