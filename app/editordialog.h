#pragma once

#include "decks/notecards.h"

#include <QDialog>

#include <optional>

class QPushButton;

namespace debrief {

class Clock;
class Collection;
class NoteEditor;

// The Add window (Notes > Add, A) and the Edit window (E in the reviewer) around a NoteEditor.
// Add stays open for the next note; Edit closes once saved. Esc closes, asking first (Save,
// Discard or Cancel) when there are edits that were not added or saved.
class EditorDialog : public QDialog {
    Q_OBJECT
public:
    // Add: `deck` preselects the deck. Edit: pass the card with `editCard`.
    EditorDialog(Collection &collection, const Clock &clock, std::optional<DeckId> deck, QWidget *parent = nullptr);
    EditorDialog(Collection &collection, const Clock &clock, CardId editCard, QWidget *parent = nullptr);
    ~EditorDialog() override;

    NoteEditor *editor() const { return m_editor; }
    int addedCount() const { return m_added; }

public slots:
    void reject() override;

signals:
    void noteAdded(const debrief::NoteChange &change);

private:
    void build(Collection &collection, const Clock &clock, bool add);
    void saveLayout();

    NoteEditor *m_editor = nullptr;
    QPushButton *m_commit = nullptr;
    int m_added = 0;
};

} // namespace debrief
