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
