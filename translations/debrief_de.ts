<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>ImportRunner</name>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 skipped; %6 cards, %7 reviews, %8 media files.</source>
        <translation>%1: %2 hinzugefügt, %3 aktualisiert, %4 unverändert, %5 übersprungen; %6 Karten, %7 Wiederholungen, %8 Mediendateien.</translation>
    </message>
    <message>
        <source>%1: not imported; the collection is unchanged.</source>
        <translation>%1: nicht importiert; die Sammlung ist unverändert.</translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation>  … und %1 weitere.</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>Zeile %1: </translation>
    </message>
</context>
<context>
    <name>IntervalText</name>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>minutes</comment>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>hours</comment>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>days</comment>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1mo</source>
        <comment>months</comment>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <source>%1y</source>
        <comment>years</comment>
        <translation>%1 J.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The bundled decks could not be updated: %1</source>
        <translation>Die mitgelieferten Stapel konnten nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>debrief-cli</name>
    <message>
        <source>Add a Basic note</source>
        <translation>Eine einfache Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Write a backup copy of the collection</source>
        <translation>Eine Sicherungskopie der Sammlung schreiben</translation>
    </message>
    <message>
        <source>Replace the collection with a backup</source>
        <translation>Die Sammlung durch eine Sicherung ersetzen</translation>
    </message>
    <message>
        <source>Check the collection for damage and inconsistencies</source>
        <translation>Die Sammlung auf Schäden und Widersprüche prüfen</translation>
    </message>
    <message>
        <source>List decks and what is due in each</source>
        <translation>Stapel auflisten und was in jedem fällig ist</translation>
    </message>
    <message>
        <source>Show what is due now</source>
        <translation>Zeigen, was jetzt fällig ist</translation>
    </message>
    <message>
        <source>Export notes as CSV/TSV, Anki .apkg or a .deck file</source>
        <translation>Notizen als CSV/TSV, Anki-.apkg oder .deck-Datei exportieren</translation>
    </message>
    <message>
        <source>Create a large synthetic collection (benchmarks)</source>
        <translation>Eine große synthetische Sammlung anlegen (Benchmarks)</translation>
    </message>
    <message>
        <source>Import Anki, deck, CSV/TSV or Mnemosyne files</source>
        <translation>Anki-, Deck-, CSV/TSV- oder Mnemosyne-Dateien importieren</translation>
    </message>
    <message>
        <source>Create the collection and install the bundled decks</source>
        <translation>Die Sammlung anlegen und die mitgelieferten Stapel installieren</translation>
    </message>
    <message>
        <source>Check .deck files (and coverage, copying)</source>
        <translation>.deck-Dateien prüfen (auch Abdeckung und Kopien)</translation>
    </message>
    <message>
        <source>Replay a review history CSV through the scheduler</source>
        <translation>Einen Wiederholungsverlauf (CSV) durch den Planer abspielen</translation>
    </message>
    <message>
        <source>Answer due cards automatically (scripts, crash tests)</source>
        <translation>Fällige Karten automatisch beantworten (Skripte, Absturztests)</translation>
    </message>
    <message>
        <source>Usage: debrief-cli [--data-dir DIR] [--now ISO8601] COMMAND [ARGS...]</source>
        <translation>Aufruf: debrief-cli [--data-dir DIR] [--now ISO8601] BEFEHL [ARGUMENTE...]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Allgemeine Optionen:</translation>
    </message>
    <message>
        <source>collection folder (default: $DEBRIEF_DATA_DIR, else the app data folder)</source>
        <translation>Sammlungsordner (Vorgabe: $DEBRIEF_DATA_DIR, sonst der Datenordner der App)</translation>
    </message>
    <message>
        <source>pretend the current time is this instant (for scripts and tests)</source>
        <translation>so tun, als sei jetzt dieser Zeitpunkt (für Skripte und Tests)</translation>
    </message>
    <message>
        <source>this text; COMMAND --help for a command&apos;s own</source>
        <translation>dieser Text; BEFEHL --help für den eines Befehls</translation>
    </message>
    <message>
        <source>the version of debrief-cli</source>
        <translation>die Version von debrief-cli</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
</context>
<context>
    <name>debrief::BrowserWindow</name>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Decks, tags and card kinds</source>
        <translation>Stapel, Schlagwörter und Kartenarten</translation>
    </message>
    <message>
        <source>Click to search for it</source>
        <translation>Zum Suchen anklicken</translation>
    </message>
    <message>
        <source>Search: deck:Name tag:x is:due front:text* &quot;a phrase&quot; -word (Enter)</source>
        <translation>Suche: deck:Name tag:x is:due front:Text* &quot;ein Ausdruck&quot; -Wort (Eingabetaste)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Show one row per note instead of per card (Ctrl+Alt+T)</source>
        <translation>Eine Zeile pro Notiz statt pro Karte zeigen (Strg+Alt+T)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation>Ctrl+Alt+T</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Select a card to preview it.</source>
        <translation>Wählen Sie eine Karte für die Vorschau.</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Wiederholungsverlauf</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Wiederholt am</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Leichtigkeit</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Type a search and press Enter; an empty search shows every card.</source>
        <translation>Suche eingeben und Eingabetaste drücken; eine leere Suche zeigt alle Karten.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Save Current Search…</source>
        <translation>Aktuelle Suche s&amp;peichern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>Gespeicherte Suche &amp;löschen</translation>
    </message>
    <message>
        <source>Deletes the saved search selected in the sidebar (Delete there)</source>
        <translation>Löscht die in der Seitenleiste gewählte gespeicherte Suche (dort Entf)</translation>
    </message>
    <message>
        <source>&amp;Close Browser</source>
        <translation>Browser schl&amp;ießen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Karten</translation>
    </message>
    <message>
        <source>Toggle &amp;Suspend</source>
        <translation>&amp;Aussetzen ein/aus</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Toggle &amp;Bury</source>
        <translation>&amp;Zurückstellen ein/aus</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Reset to New</source>
        <translation>Als &amp;neu zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <source>Set Due &amp;Date…</source>
        <translation>&amp;Fälligkeit festlegen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Change &amp;Deck…</source>
        <translation>&amp;Stapel ändern…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Markierung</translation>
    </message>
    <message>
        <source>&amp;Red</source>
        <translation>&amp;Rot</translation>
    </message>
    <message>
        <source>&amp;Orange</source>
        <translation>&amp;Orange</translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation>&amp;Grün</translation>
    </message>
    <message>
        <source>&amp;Blue</source>
        <translation>&amp;Blau</translation>
    </message>
    <message>
        <source>&amp;Pink</source>
        <translation>Ros&amp;a</translation>
    </message>
    <message>
        <source>&amp;Turquoise</source>
        <translation>&amp;Türkis</translation>
    </message>
    <message>
        <source>Pu&amp;rple</source>
        <translation>&amp;Lila</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;No Flag</source>
        <translation>&amp;Keine Markierung</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Add Tags…</source>
        <translation>Schlagwörter &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation>Schlagwörter &amp;entfernen…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+A</source>
        <translation>Ctrl+Alt+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>Suchen und e&amp;rsetzen…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>%1 (%2) the selected rows</source>
        <translation>%1 (%2) für die gewählten Zeilen</translation>
    </message>
    <message>
        <source>Notes shown: %1</source>
        <translation>Angezeigte Notizen: %1</translation>
    </message>
    <message>
        <source>Cards shown: %1</source>
        <translation>Angezeigte Karten: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>Gespeicherte Suchen</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Card Kinds</source>
        <translation>Kartenarten</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Cloze</source>
        <translation>Lückentext</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Baum</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Nothing to change in the selection.</source>
        <translation>In der Auswahl gibt es nichts zu ändern.</translation>
    </message>
    <message>
        <source>%1: %2 changed. Ctrl+Z undoes it.</source>
        <translation>%1: %2 geändert. Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Aussetzen</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>Aussetzen aufheben</translation>
    </message>
    <message>
        <source>Bury</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Unbury</source>
        <translation>Zurückstellen aufheben</translation>
    </message>
    <message>
        <source>Reset to New</source>
        <translation>Als neu zurücksetzen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>%1 notes deleted. Ctrl+Z brings them back.</source>
        <translation>%1 Notizen gelöscht. Strg+Z holt sie zurück.</translation>
    </message>
    <message>
        <source>Set Due Date</source>
        <translation>Fälligkeit festlegen</translation>
    </message>
    <message>
        <source>Due in how many days (0 = today)? End with ! to make that the interval too.</source>
        <translation>In wie vielen Tagen fällig (0 = heute)? Mit ! am Ende wird das auch das Intervall.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of days from 0 to 36500.</source>
        <translation>„%1“ ist keine Anzahl von Tagen zwischen 0 und 36500.</translation>
    </message>
    <message>
        <source>Change Deck</source>
        <translation>Stapel ändern</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation>Schlagwörter hinzufügen</translation>
    </message>
    <message>
        <source>Remove Tags</source>
        <translation>Schlagwörter entfernen</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Remove Flag</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Move the selected cards to the deck (a new name creates it):</source>
        <translation>Die gewählten Karten in diesen Stapel verschieben (ein neuer Name legt ihn an):</translation>
    </message>
    <message>
        <source>Tags, separated by spaces:</source>
        <translation>Schlagwörter, durch Leerzeichen getrennt:</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Suchen und ersetzen</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Geben Sie den zu suchenden Text ein.</translation>
    </message>
    <message>
        <source>The pattern is not valid: %1</source>
        <translation>Das Muster ist ungültig: %1</translation>
    </message>
    <message>
        <source>With regular expressions, \1 inserts the first captured group</source>
        <translation>Bei regulären Ausdrücken fügt \1 die erste erfasste Gruppe ein</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <source>Treat input as a &amp;regular expression</source>
        <translation>Eingabe als &amp;regulären Ausdruck behandeln</translation>
    </message>
    <message>
        <source>&amp;Ignore case</source>
        <translation>Groß-/Kleinschreibung &amp;ignorieren</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Ersetzen &amp;durch:</translation>
    </message>
    <message>
        <source>I&amp;n:</source>
        <translation>I&amp;n:</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Name der gespeicherten Suche:</translation>
    </message>
</context>
<context>
    <name>debrief::CardTableModel</name>
    <message>
        <source>%1 d</source>
        <translation>%1 T.</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 Mon.</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 J.</translation>
    </message>
    <message>
        <source>Sort Field</source>
        <translation>Sortierfeld</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Leichtigkeit</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(neu)</translation>
    </message>
    <message>
        <source>New #%1</source>
        <translation>Neu Nr. %1</translation>
    </message>
</context>
<context>
    <name>debrief::CardView</name>
    <message>
        <source>Type your answer first (optional)</source>
        <translation>Geben Sie zuerst Ihre Antwort ein (optional)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
</context>
<context>
    <name>debrief::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Anki package (.apkg)</source>
        <translation>Anki-Paket (.apkg)</translation>
    </message>
    <message>
        <source>Comma-separated text (.csv)</source>
        <translation>Kommagetrennter Text (.csv)</translation>
    </message>
    <message>
        <source>Tab-separated text (.tsv)</source>
        <translation>Tabulatorgetrennter Text (.tsv)</translation>
    </message>
    <message>
        <source>Debrief deck (.deck)</source>
        <translation>Debrief-Stapel (.deck)</translation>
    </message>
    <message>
        <source>All decks</source>
        <translation>Alle Stapel</translation>
    </message>
    <message>
        <source>Include &amp;scheduling (intervals, due dates and review history)</source>
        <translation>&amp;Planung einschließen (Intervalle, Fälligkeiten und Wiederholungsverlauf)</translation>
    </message>
    <message>
        <source>Include &amp;media (images and sounds the notes use)</source>
        <translation>&amp;Medien einschließen (Bilder und Töne der Notizen)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>&amp;Stapel:</translation>
    </message>
    <message>
        <source>Opens in Anki and in Debrief, with notetypes, decks and, if chosen, scheduling and media.</source>
        <translation>Lässt sich in Anki und Debrief öffnen, mit Notiztypen, Stapeln und, falls gewählt, Planung und Medien.</translation>
    </message>
    <message>
        <source>One row per note: fields, tags, deck and notetype, as Anki&apos;s &quot;Notes in Plain Text&quot;. No scheduling or media.</source>
        <translation>Eine Zeile pro Notiz: Felder, Schlagwörter, Stapel und Notiztyp, wie Ankis „Notizen als reiner Text“. Ohne Planung und Medien.</translation>
    </message>
    <message>
        <source>One deck as a text file you can edit and share; notes of other notetypes become basic notes. No scheduling or media.</source>
        <translation>Ein Stapel als Textdatei zum Bearbeiten und Weitergeben; Notizen anderer Notiztypen werden einfache Notizen. Ohne Planung und Medien.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>%1: %2 notes.</source>
        <translation>%1: %2 Notizen.</translation>
    </message>
    <message>
        <source>%1: %2 notes, %3 cards, %4 reviews, %5 media files.</source>
        <translation>%1: %2 Notizen, %3 Karten, %4 Wiederholungen, %5 Mediendateien.</translation>
    </message>
    <message>
        <source>a .deck file holds one deck; choose a deck.</source>
        <translation>eine .deck-Datei enthält einen Stapel; wählen Sie einen Stapel.</translation>
    </message>
    <message numerus="yes">
        <source>Debrief cannot import this file back as it is (%n problem(s)); the first, line %1: %2</source>
        <translation>
            <numerusform>Debrief kann diese Datei so nicht wieder importieren (%n Problem); Zeile %1: %2</numerusform>
            <numerusform>Debrief kann diese Datei so nicht wieder importieren (%n Probleme); das erste, Zeile %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>debrief::MainWindow</name>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Enter or double-click a deck to study it. Ctrl+I imports Anki, CSV/TSV, Mnemosyne and .deck files; Ctrl+E exports.</source>
        <translation>Eingabetaste oder Doppelklick auf einen Stapel startet das Lernen. Strg+I importiert Anki-, CSV/TSV-, Mnemosyne- und .deck-Dateien; Strg+E exportiert.</translation>
    </message>
    <message>
        <source>Nothing more is due in this deck for now.</source>
        <translation>In diesem Stapel ist vorerst nichts mehr fällig.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Check Collection</source>
        <translation>Sammlung &amp;prüfen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Decks</source>
        <translation>&amp;Stapel</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>&amp;Study Selected Deck</source>
        <translation>Gewählten Stapel &amp;lernen</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Dark Mode</source>
        <translation>&amp;Dunkler Modus</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Debrief</source>
        <translation>&amp;Über Debrief</translation>
    </message>
    <message>
        <source>About Debrief</source>
        <translation>Über Debrief</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debrief&lt;/b&gt; %1&lt;br&gt;Spaced repetition for AI/ML interview preparation.&lt;br&gt;Collection: %2</source>
        <translation>&lt;b&gt;Debrief&lt;/b&gt; %1&lt;br&gt;Verteilte Wiederholung zur Vorbereitung auf KI/ML-Vorstellungsgespräche.&lt;br&gt;Sammlung: %2</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Could not read the decks.</source>
        <translation>Die Stapel konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Today: %1 new, %2 learning, %3 to review</source>
        <translation>Heute: %1 neu, %2 im Lernen, %3 zu wiederholen</translation>
    </message>
    <message>
        <source>Nothing is due in %1 right now.</source>
        <translation>In %1 ist gerade nichts fällig.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Decks (*.apkg *.colpkg *.anki2 *.txt *.csv *.tsv *.xml *.cards *.db *.deck);;All files (*)</source>
        <translation>Stapel (*.apkg *.colpkg *.anki2 *.txt *.csv *.tsv *.xml *.cards *.db *.deck);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: skipped.</source>
        <translation>%1: übersprungen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Check Collection</source>
        <translation>Sammlung prüfen</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n Problem gefunden:</numerusform>
            <numerusform>%n Probleme gefunden:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Debrief will use %1 from its next start.</source>
        <translation>Debrief verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Re&amp;hearse Selected Deck</source>
        <translation>Gewählten Stapel &amp;einüben</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Interview Dri&amp;ll (All Decks)</source>
        <translation>Interview-&amp;Training (alle Stapel)</translation>
    </message>
    <message>
        <source>Shift+P</source>
        <translation>Shift+P</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Durchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Browse and search all cards (Ctrl+B)</source>
        <translation>Alle Karten durchblättern und durchsuchen (Strg+B)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistik…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Nothing is due to rehearse right now.</source>
        <translation>Gerade ist nichts zum Einüben fällig.</translation>
    </message>
</context>
<context>
    <name>debrief::PackageImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing one file:</source>
        <translation>Eine Datei wird importiert:</translation>
    </message>
    <message>
        <source>Importing %1 files:</source>
        <translation>%1 Dateien werden importiert:</translation>
    </message>
    <message>
        <source>Import as &amp;new cards (drop scheduling and review history)</source>
        <translation>Als &amp;neue Karten importieren (Planung und Wiederholungsverlauf verwerfen)</translation>
    </message>
    <message>
        <source>This file carries no scheduling: its cards start as new.</source>
        <translation>Diese Datei enthält keine Planung: ihre Karten beginnen als neu.</translation>
    </message>
    <message>
        <source>These files carry no scheduling: their cards start as new.</source>
        <translation>Diese Dateien enthalten keine Planung: ihre Karten beginnen als neu.</translation>
    </message>
    <message>
        <source>Unchecked, cards keep their intervals, ease, due dates and review history. (.deck files carry no scheduling.)</source>
        <translation>Nicht angehakt behalten Karten Intervalle, Leichtigkeit, Fälligkeiten und Wiederholungsverlauf. (.deck-Dateien enthalten keine Planung.)</translation>
    </message>
    <message>
        <source>Unchecked, cards keep their intervals, ease, due dates and review history.</source>
        <translation>Nicht angehakt behalten Karten Intervalle, Leichtigkeit, Fälligkeiten und Wiederholungsverlauf.</translation>
    </message>
    <message>
        <source>Update when the file&apos;s copy is newer</source>
        <translation>Aktualisieren, wenn die Fassung in der Datei neuer ist</translation>
    </message>
    <message>
        <source>Always update</source>
        <translation>Immer aktualisieren</translation>
    </message>
    <message>
        <source>Never update</source>
        <translation>Nie aktualisieren</translation>
    </message>
    <message>
        <source>Notes &amp;already in the collection:</source>
        <translation>Notizen, die &amp;bereits in der Sammlung sind:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>debrief::RehearsalWidget</name>
    <message>
        <source>Time per answer:</source>
        <translation>Zeit pro Antwort:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Answer as you would in the interview, then press Ctrl+Enter.</source>
        <translation>Antworten Sie wie im Vorstellungsgespräch und drücken Sie dann Strg+Eingabe.</translation>
    </message>
    <message>
        <source>Reveal (Ctrl+Enter)</source>
        <translation>Aufdecken (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your answer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ihre Antwort&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation>Einüben: %1</translation>
    </message>
    <message>
        <source>Interview drill (all decks)</source>
        <translation>Interview-Training (alle Stapel)</translation>
    </message>
    <message>
        <source>Speak your answer aloud, then type its key points.</source>
        <translation>Sprechen Sie Ihre Antwort laut aus und tippen Sie dann die Kernpunkte ein.</translation>
    </message>
    <message>
        <source>No microphone found, so nothing is recorded: type your answer.</source>
        <translation>Kein Mikrofon gefunden, daher wird nichts aufgenommen: tippen Sie Ihre Antwort ein.</translation>
    </message>
    <message>
        <source>(nothing typed)</source>
        <translation>(nichts eingegeben)</translation>
    </message>
    <message>
        <source>Strong answer</source>
        <translation>Starke Antwort</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation>Musterantwort</translation>
    </message>
    <message>
        <source>The trap (weak answer)</source>
        <translation>Die Falle (schwache Antwort)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>This note has no rubric points: rate it yourself.</source>
        <translation>Diese Notiz hat keine Bewertungspunkte: bewerten Sie selbst.</translation>
    </message>
    <message>
        <source>%1 of %2 points in %3 s%4. Proposed: &lt;b&gt;%5&lt;/b&gt;. Press 1-4 to confirm or choose another.</source>
        <translation>%1 von %2 Punkten in %3 s%4. Vorschlag: &lt;b&gt;%5&lt;/b&gt;. Drücken Sie 1-4, um zu bestätigen oder anders zu wählen.</translation>
    </message>
    <message>
        <source> (over time)</source>
        <translation> (Zeit überschritten)</translation>
    </message>
    <message numerus="yes">
        <source>Drill summary: %n answer(s)</source>
        <translation>
            <numerusform>Trainingsbilanz: %n Antwort</numerusform>
            <numerusform>Trainingsbilanz: %n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Points covered per topic</source>
        <translation>Abgedeckte Punkte pro Thema</translation>
    </message>
    <message>
        <source>Time per answer</source>
        <translation>Zeit pro Antwort</translation>
    </message>
    <message>
        <source>Slowest:</source>
        <translation>Langsamste:</translation>
    </message>
    <message>
        <source>Weakest:</source>
        <translation>Schwächste:</translation>
    </message>
    <message>
        <source>Press Esc to return to the decks.</source>
        <translation>Esc führt zurück zu den Stapeln.</translation>
    </message>
</context>
<context>
    <name>debrief::ReviewWidget</name>
    <message>
        <source>R: replay audio</source>
        <translation>R: Ton erneut abspielen</translation>
    </message>
    <message>
        <source>R or F5 plays this side&apos;s sounds again</source>
        <translation>R oder F5 spielt die Töne dieser Seite erneut ab</translation>
    </message>
    <message>
        <source>Show Answer</source>
        <translation>Antwort zeigen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Taste %1</translation>
    </message>
    <message>
        <source>All decks</source>
        <translation>Alle Stapel</translation>
    </message>
</context>
<context>
    <name>debrief::StatisticsWindow</name>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>All decks</source>
        <translation>Alle Stapel</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>&amp;Stapel:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Gesehen</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Ausgereift</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Behaltensquote</translation>
    </message>
    <message>
        <source>Known today</source>
        <translation>Heute gewusst</translation>
    </message>
    <message>
        <source>Days to see all</source>
        <translation>Tage bis alle gesehen</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interview readiness by topic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Gesprächsbereitschaft nach Thema&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cannot compute the statistics: %1</source>
        <translation>Die Statistik kann nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>%1 answers on %2 of the days from %3 to %4 · %5 min studied · streak %6 (longest %7) · true retention %8 · %9 of %10 cards seen, %11 mature</source>
        <translation>%1 Antworten an %2 der Tage vom %3 bis %4 · %5 Min. gelernt · Serie %6 (längste %7) · tatsächliche Behaltensquote %8 · %9 von %10 Karten gesehen, %11 ausgereift</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Lernen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Relearn</source>
        <translation>Neu lernen</translation>
    </message>
    <message>
        <source>Cram</source>
        <translation>Pauken</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>Antworten pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>Answers per %n days</source>
        <translation>
            <numerusform>Antworten pro Tag</numerusform>
            <numerusform>Antworten pro %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Due in the next 30 days (%1 in 90)</source>
        <translation>Fällig in den nächsten 30 Tagen (%1 in 90)</translation>
    </message>
    <message>
        <source>Review intervals</source>
        <translation>Wiederholungsintervalle</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Answers by hour of day</source>
        <translation>Antworten nach Tageszeit</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Answer buttons</source>
        <translation>Antwortknöpfe</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>Jung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never at this pace</source>
        <translation>bei diesem Tempo nie</translation>
    </message>
</context>
<context>
    <name>debrief::TextImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>Colon</source>
        <translation>Doppelpunkt</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>First line is a &amp;header</source>
        <translation>Erste Zeile ist eine &amp;Kopfzeile</translation>
    </message>
    <message>
        <source>Allow &amp;HTML in fields</source>
        <translation>&amp;HTML in Feldern erlauben</translation>
    </message>
    <message>
        <source>Off: text such as &lt;b&gt; is shown as typed instead of making bold text.</source>
        <translation>Aus: Text wie &lt;b&gt; erscheint wie eingegeben, statt fett zu setzen.</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importieren in</translation>
    </message>
    <message>
        <source>&amp;Notetype:</source>
        <translation>&amp;Notiztyp:</translation>
    </message>
    <message>
        <source>An existing deck, or a new name (&quot;Parent::Child&quot; nests).</source>
        <translation>Ein vorhandener Stapel oder ein neuer Name („Eltern::Kind“ verschachtelt).</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>&amp;Stapel:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Zeile in der Datei</translation>
    </message>
    <message>
        <source>The first %1 notes as they will be imported; row numbers are lines in the file.</source>
        <translation>Die ersten %1 Notizen, wie sie importiert werden; die Zeilennummern sind Zeilen der Datei.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The file&apos;s #html header decides.</source>
        <translation>Die #html-Kopfzeile der Datei entscheidet.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MiB a text import accepts.</source>
        <translation>%1 ist größer als die %2 MiB, die ein Textimport annimmt.</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Erkennen (%1)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Notetype</source>
        <translation>Notiztyp</translation>
    </message>
    <message>
        <source>(skip)</source>
        <translation>(überspringen)</translation>
    </message>
    <message>
        <source>No columns found.</source>
        <translation>Keine Spalten gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) will be imported; the preview shows the first %1.</source>
        <translation>
            <numerusform>%n Notiz wird importiert; die Vorschau zeigt die ersten %1.</numerusform>
            <numerusform>%n Notizen werden importiert; die Vorschau zeigt die ersten %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) will be imported.</source>
        <translation>
            <numerusform>%n Notiz wird importiert.</numerusform>
            <numerusform>%n Notizen werden importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weitere)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>Wählen Sie für mindestens eine Spalte ein Feld.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Spaced repetition for AI/ML interview preparation.</source>
        <translation>Verteilte Wiederholung zur Vorbereitung auf KI/ML-Vorstellungsgespräche.</translation>
    </message>
    <message>
        <source>Collection folder (default: $DEBRIEF_DATA_DIR, else the app data folder).</source>
        <translation>Sammlungsordner (Vorgabe: $DEBRIEF_DATA_DIR, sonst der Datenordner der App).</translation>
    </message>
    <message>
        <source>User interface language: %1, or &quot;system&quot; (the default); remembered for later starts.</source>
        <translation>Sprache der Oberfläche: %1 oder „system“ (Vorgabe); wird für spätere Starts gemerkt.</translation>
    </message>
    <message>
        <source>Decks to import (.apkg, .colpkg, .deck, CSV/TSV, Mnemosyne); a running Debrief imports them in its window.</source>
        <translation>Zu importierende Stapel (.apkg, .colpkg, .deck, CSV/TSV, Mnemosyne); ein laufendes Debrief importiert sie in seinem Fenster.</translation>
    </message>
    <message>
        <source>Debrief is already running on this collection: passed the request to it.</source>
        <translation>Debrief läuft bereits mit dieser Sammlung: die Anfrage wurde weitergegeben.</translation>
    </message>
</context>
</TS>
