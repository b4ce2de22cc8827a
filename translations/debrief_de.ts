<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>AnkiPackageImporter</name>
    <message>
        <source>Cannot write a temporary file in %1</source>
        <translation>Kann keine temporäre Datei in %1 schreiben</translation>
    </message>
    <message>
        <source>Cannot write a temporary file (disk full?)</source>
        <translation>Kann keine temporäre Datei schreiben (Datenträger voll?)</translation>
    </message>
    <message>
        <source>The media list is damaged: %1</source>
        <translation>Die Medienliste ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The media list is damaged</source>
        <translation>Die Medienliste ist beschädigt</translation>
    </message>
    <message>
        <source>Media entry %1 has a name that is not UTF-8</source>
        <translation>Der Medieneintrag %1 hat einen Namen, der kein UTF-8 ist</translation>
    </message>
    <message>
        <source>The media list is not UTF-8</source>
        <translation>Die Medienliste ist kein UTF-8</translation>
    </message>
    <message>
        <source>Media name %1 is not valid UTF-8</source>
        <translation>Der Medienname %1 ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>Unsafe media file name in package: %1</source>
        <translation>Unsicherer Mediendateiname im Paket: %1</translation>
    </message>
    <message>
        <source>This is an Anki 1.2 deck. Open it in Anki 2.1 to upgrade it, then export an .apkg.</source>
        <translation>Dies ist ein Stapel aus Anki 1.2. Öffnen Sie ihn in Anki 2.1, um ihn zu aktualisieren, und exportieren Sie dann eine .apkg-Datei.</translation>
    </message>
    <message>
        <source>This is a Mnemosyne 2 database, not an Anki collection; import it as Mnemosyne (mnemo.db)</source>
        <translation>Dies ist eine Mnemosyne-2-Datenbank, keine Anki-Sammlung; importieren Sie sie als Mnemosyne (mnemo.db)</translation>
    </message>
    <message>
        <source>This is not an Anki collection</source>
        <translation>Dies ist keine Anki-Sammlung</translation>
    </message>
    <message>
        <source>The collection has no readable header</source>
        <translation>Die Sammlung hat keinen lesbaren Kopfbereich</translation>
    </message>
    <message>
        <source>The collection&apos;s creation time %1 is impossible</source>
        <translation>Der Erstellungszeitpunkt %1 der Sammlung ist unmöglich</translation>
    </message>
    <message>
        <source>This collection is from an early Anki 2.0 test version (schema %1) and is too old to import.</source>
        <translation>Diese Sammlung stammt aus einer frühen Testversion von Anki 2.0 (Schema %1) und ist zu alt für den Import.</translation>
    </message>
    <message>
        <source>This collection uses schema %1, which is newer than this version of Debrief understands.</source>
        <translation>Diese Sammlung verwendet Schema %1, das neuer ist, als diese Version von Debrief versteht.</translation>
    </message>
    <message>
        <source>The collection settings are damaged</source>
        <translation>Die Einstellungen der Sammlung sind beschädigt</translation>
    </message>
    <message>
        <source>The collection header is damaged</source>
        <translation>Der Kopfbereich der Sammlung ist beschädigt</translation>
    </message>
    <message>
        <source>The note types are damaged: %1</source>
        <translation>Die Notiztypen sind beschädigt: %1</translation>
    </message>
    <message>
        <source>Note type %1 has no fields or no templates</source>
        <translation>Der Notiztyp %1 hat keine Felder oder keine Vorlagen</translation>
    </message>
    <message>
        <source>The deck list is damaged: %1</source>
        <translation>Die Stapelliste ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The note types are damaged</source>
        <translation>Die Notiztypen sind beschädigt</translation>
    </message>
    <message>
        <source>Unknown collection layout</source>
        <translation>Unbekannter Aufbau der Sammlung</translation>
    </message>
    <message>
        <source>The deck list is damaged</source>
        <translation>Die Stapelliste ist beschädigt</translation>
    </message>
    <message>
        <source>Note %1 holds text that is not UTF-8</source>
        <translation>Notiz %1 enthält Text, der kein UTF-8 ist</translation>
    </message>
    <message>
        <source>Note %1 has an impossible modification time (%2)</source>
        <translation>Notiz %1 hat einen unmöglichen Änderungszeitpunkt (%2)</translation>
    </message>
    <message>
        <source>Note %1 has a field larger than %2 MiB</source>
        <translation>Notiz %1 hat ein Feld, das größer als %2 MiB ist</translation>
    </message>
    <message>
        <source>Note %1 has no GUID</source>
        <translation>Notiz %1 hat keine GUID</translation>
    </message>
    <message>
        <source>The GUID %1 is used by more than one note</source>
        <translation>Die GUID %1 wird von mehr als einer Notiz verwendet</translation>
    </message>
    <message>
        <source>Note %1 uses a note type that is missing</source>
        <translation>Notiz %1 verwendet einen Notiztyp, der fehlt</translation>
    </message>
    <message>
        <source>Card %1 has an impossible due value (%2)</source>
        <translation>Karte %1 hat einen unmöglichen Fälligkeitswert (%2)</translation>
    </message>
    <message>
        <source>The review log is damaged</source>
        <translation>Das Wiederholungsprotokoll ist beschädigt</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Die Datei lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>The package holds a member with an unsafe name: %1</source>
        <translation>Das Paket enthält einen Eintrag mit einem unsicheren Namen: %1</translation>
    </message>
    <message>
        <source>The package description (meta) is damaged</source>
        <translation>Die Paketbeschreibung (meta) ist beschädigt</translation>
    </message>
    <message>
        <source>The package was made by a newer Anki (format %1)</source>
        <translation>Das Paket wurde von einer neueren Anki-Version erstellt (Format %1)</translation>
    </message>
    <message>
        <source>The package has no %1</source>
        <translation>Dem Paket fehlt %1</translation>
    </message>
    <message>
        <source>This is neither an Anki package nor an Anki collection</source>
        <translation>Dies ist weder ein Anki-Paket noch eine Anki-Sammlung</translation>
    </message>
    <message>
        <source>Card %1 has an impossible template number (%2; expected %3 to %4)</source>
        <translation>Karte %1 hat eine unmögliche Vorlagennummer (%2; erwartet %3 bis %4)</translation>
    </message>
    <message>
        <source>Card %1 has an impossible interval (%2; expected %3 to %4)</source>
        <translation>Karte %1 hat ein unmögliches Intervall (%2; erwartet %3 bis %4)</translation>
    </message>
    <message>
        <source>Card %1 has an impossible ease factor (%2; expected %3 to %4)</source>
        <translation>Karte %1 hat einen unmöglichen Leichtigkeitsfaktor (%2; erwartet %3 bis %4)</translation>
    </message>
    <message>
        <source>Card %1 has an impossible review count (%2; expected %3 to %4)</source>
        <translation>Karte %1 hat eine unmögliche Anzahl an Wiederholungen (%2; erwartet %3 bis %4)</translation>
    </message>
    <message>
        <source>Card %1 has an impossible lapse count (%2; expected %3 to %4)</source>
        <translation>Karte %1 wurde unmöglich oft vergessen (%2; erwartet %3 bis %4)</translation>
    </message>
    <message>
        <source>Card %1 has an impossible number of learning steps left (%2; expected %3 to %4)</source>
        <translation>Karte %1 hat eine unmögliche Anzahl verbleibender Lernschritte (%2; erwartet %3 bis %4)</translation>
    </message>
</context>
<context>
    <name>AnkiTemplate</name>
    <message>
        <source>Found {{/%1}} without a matching {{#%1}}</source>
        <translation>{{/%1}} ohne passendes {{#%1}} gefunden</translation>
    </message>
    <message>
        <source>Found {{/%1}} where {{/%2}} was expected</source>
        <translation>{{/%1}} gefunden, wo {{/%2}} erwartet wurde</translation>
    </message>
    <message>
        <source>sections nested over %1 deep</source>
        <translation>Abschnitte mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>Missing {{/%1}}</source>
        <translation>{{/%1}} fehlt</translation>
    </message>
    <message>
        <source>(type: unknown field %1)</source>
        <translation>(type: unbekanntes Feld %1)</translation>
    </message>
    <message>
        <source>a template of over %1 characters</source>
        <translation>eine Vorlage mit mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>over %1 characters</source>
        <translation>mehr als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>AnswerUndo</name>
    <message>
        <source>No note with id %1</source>
        <translation>Keine Notiz mit der ID %1</translation>
    </message>
    <message>
        <source>No undo record with id %1</source>
        <translation>Kein Rückgängig-Eintrag mit der ID %1</translation>
    </message>
    <message>
        <source>Undo record %1 is damaged</source>
        <translation>Der Rückgängig-Eintrag %1 ist beschädigt</translation>
    </message>
    <message>
        <source>Card %1 was answered again since; that answer cannot be undone</source>
        <translation>Karte %1 wurde seitdem erneut beantwortet; diese Antwort kann nicht rückgängig gemacht werden</translation>
    </message>
</context>
<context>
    <name>ApkgExporter</name>
    <message>
        <source>Export needs the current time</source>
        <translation>Der Export braucht die aktuelle Uhrzeit</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder</source>
        <translation>Kann keinen temporären Ordner anlegen</translation>
    </message>
    <message>
        <source>Cannot write the collection: %1</source>
        <translation>Kann die Sammlung nicht schreiben: %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Kann %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Cannot add meta to %1</source>
        <translation>Kann meta nicht zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Cannot add the collection to %1</source>
        <translation>Kann die Sammlung nicht zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Cannot add media file %1</source>
        <translation>Kann die Mediendatei %1 nicht hinzufügen</translation>
    </message>
    <message>
        <source>Cannot add the media list to %1</source>
        <translation>Kann die Medienliste nicht zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Kann %1 nicht schreiben</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot back up the collection onto itself</source>
        <translation>Die Sammlung kann nicht auf sich selbst gesichert werden</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Backup %1 does not exist</source>
        <translation>Die Sicherung %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a Debrief collection</source>
        <translation>%1 ist keine Debrief-Sammlung</translation>
    </message>
    <message>
        <source>Backup %1 is damaged: %2</source>
        <translation>Die Sicherung %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>Integritätsprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot move %1 aside</source>
        <translation>Kann %1 nicht beiseiteschieben</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>Kann %1 nicht entfernen</translation>
    </message>
    <message>
        <source>Backup %1 is from a newer Debrief</source>
        <translation>Die Sicherung %1 stammt von einer neueren Debrief-Version</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Kann %1 nicht ersetzen</translation>
    </message>
    <message>
        <source>Cannot restore %1</source>
        <translation>Kann %1 nicht wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CardRenderer</name>
    <message>
        <source>Card %1 uses template %2, but note type &quot;%3&quot; has only %4.</source>
        <translation>Karte %1 verwendet Vorlage %2, aber der Notiztyp „%3“ hat nur %4.</translation>
    </message>
</context>
<context>
    <name>CardSearch</name>
    <message>
        <source>search: unknown term</source>
        <translation>Suche: unbekannter Ausdruck</translation>
    </message>
</context>
<context>
    <name>Collection</name>
    <message>
        <source>No collection path given</source>
        <translation>Kein Pfad zur Sammlung angegeben</translation>
    </message>
    <message>
        <source>%1 is a folder, not a collection file</source>
        <translation>%1 ist ein Ordner, keine Sammlungsdatei</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; cannot keep a collection in it</source>
        <translation>%1 ist eine Datei, kein Ordner; darin kann keine Sammlung abgelegt werden</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 has schema %2 and needs an upgrade; open it for writing once to upgrade it</source>
        <translation>%1 hat das Schema %2 und muss aktualisiert werden; öffnen Sie sie einmal zum Schreiben, um sie zu aktualisieren</translation>
    </message>
    <message>
        <source>Invalid deck name &quot;%1&quot;</source>
        <translation>Ungültiger Stapelname „%1“</translation>
    </message>
    <message>
        <source>Preset %1 holds invalid options</source>
        <translation>Die Voreinstellung %1 enthält ungültige Optionen</translation>
    </message>
    <message>
        <source>Preset id must be positive</source>
        <translation>Die ID der Voreinstellung muss positiv sein</translation>
    </message>
    <message>
        <source>Cannot add note %1 (guid %2): %3</source>
        <translation>Kann die Notiz %1 (GUID %2) nicht hinzufügen: %3</translation>
    </message>
    <message>
        <source>Cannot add card %1 (note %2, deck %3): %4</source>
        <translation>Kann die Karte %1 (Notiz %2, Stapel %3) nicht hinzufügen: %4</translation>
    </message>
    <message>
        <source>The Default preset cannot be deleted</source>
        <translation>Die Standard-Voreinstellung kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The Default deck cannot be deleted</source>
        <translation>Der Standardstapel kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>The backup %1 is gone</source>
        <translation>Die Sicherung %1 ist nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Backup %1 does not exist</source>
        <translation>Die Sicherung %1 existiert nicht</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>No deck with id %1</source>
        <translation>Kein Stapel mit der ID %1</translation>
    </message>
    <message>
        <source>No preset with id %1</source>
        <translation>Keine Voreinstellung mit der ID %1</translation>
    </message>
    <message>
        <source>No note type with id %1</source>
        <translation>Kein Notiztyp mit der ID %1</translation>
    </message>
    <message>
        <source>No note with id %1</source>
        <translation>Keine Notiz mit der ID %1</translation>
    </message>
    <message>
        <source>No card with id %1</source>
        <translation>Keine Karte mit der ID %1</translation>
    </message>
    <message>
        <source>A nested step failed; nothing was saved</source>
        <translation>Ein innerer Schritt ist fehlgeschlagen; nichts wurde gespeichert</translation>
    </message>
    <message>
        <source>A collection opened read-only cannot be moved</source>
        <translation>Eine nur lesend geöffnete Sammlung kann nicht verschoben werden</translation>
    </message>
</context>
<context>
    <name>CollectionCheck</name>
    <message numerus="yes">
        <source>%n deck(s) whose parent deck is missing</source>
        <translation>
            <numerusform>%n Stapel, dessen übergeordneter Stapel fehlt</numerusform>
            <numerusform>%n Stapel, deren übergeordneter Stapel fehlt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) whose note is missing (ids %1)</source>
        <translation>
            <numerusform>%n Karte, deren Notiz fehlt (IDs %1)</numerusform>
            <numerusform>%n Karten, deren Notiz fehlt (IDs %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) without any card (ids %1)</source>
        <translation>
            <numerusform>%n Notiz ohne Karte (IDs %1)</numerusform>
            <numerusform>%n Notizen ohne Karte (IDs %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) in a deck that does not exist (ids %1)</source>
        <translation>
            <numerusform>%n Karte in einem Stapel, der nicht existiert (IDs %1)</numerusform>
            <numerusform>%n Karten in einem Stapel, der nicht existiert (IDs %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) whose notetype is missing (ids %1)</source>
        <translation>
            <numerusform>%n Notiz, deren Notiztyp fehlt (IDs %1)</numerusform>
            <numerusform>%n Notizen, deren Notiztyp fehlt (IDs %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review card(s) with an interval below 1 day or an ease below 130% (ids %1)</source>
        <translation>
            <numerusform>%n Wiederholungskarte mit einem Intervall unter 1 Tag oder einer Leichtigkeit unter 130 % (IDs %1)</numerusform>
            <numerusform>%n Wiederholungskarten mit einem Intervall unter 1 Tag oder einer Leichtigkeit unter 130 % (IDs %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learning card(s) without remaining steps (ids %1)</source>
        <translation>
            <numerusform>%n Lernkarte ohne verbleibende Schritte (IDs %1)</numerusform>
            <numerusform>%n Lernkarten ohne verbleibende Schritte (IDs %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) with an unknown type or queue (ids %1)</source>
        <translation>
            <numerusform>%n Karte mit unbekanntem Typ oder unbekannter Warteschlange (IDs %1)</numerusform>
            <numerusform>%n Karten mit unbekanntem Typ oder unbekannter Warteschlange (IDs %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionFile</name>
    <message>
        <source>%1 is already open in another program (%2, process %3 on %4); close it there first.</source>
        <translation>%1 ist bereits in einem anderen Programm geöffnet (%2, Prozess %3 auf %4); schließen Sie sie dort zuerst.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>diesem Computer</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock (is the folder writable?)</source>
        <translation>Kann die Sperrdatei %1.lock nicht anlegen (ist der Ordner beschreibbar?)</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>Kann die Schemaversion von %1 nicht lesen</translation>
    </message>
    <message>
        <source>%1 was written by a newer Debrief (schema %2; this version reads up to %3). Update Debrief to open it.</source>
        <translation>%1 wurde von einer neueren Debrief-Version geschrieben (Schema %2; diese Version liest bis %3). Aktualisieren Sie Debrief, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Debrief collection</source>
        <translation>%1 ist eine SQLite-Datenbank, aber keine Debrief-Sammlung</translation>
    </message>
</context>
<context>
    <name>CollectionGenerator</name>
    <message>
        <source>%1 already exists; the generator only creates</source>
        <translation>%1 existiert bereits; der Generator legt nur neu an</translation>
    </message>
    <message>
        <source>Counts must not be negative</source>
        <translation>Anzahlen dürfen nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>CollectionMove</name>
    <message>
        <source>Choose a folder to move the collection to.</source>
        <translation>Wählen Sie einen Ordner, in den die Sammlung verschoben werden soll.</translation>
    </message>
    <message>
        <source>The collection is already in %1.</source>
        <translation>Die Sammlung befindet sich bereits in %1.</translation>
    </message>
    <message>
        <source>%1 is inside the collection&apos;s folder; choose a folder elsewhere.</source>
        <translation>%1 liegt im Ordner der Sammlung; wählen Sie einen Ordner an anderer Stelle.</translation>
    </message>
    <message>
        <source>%1 holds the collection&apos;s folder; choose an empty folder.</source>
        <translation>%1 enthält den Ordner der Sammlung; wählen Sie einen leeren Ordner.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose an empty folder, so nothing of yours is overwritten.</source>
        <translation>%1 ist nicht leer; wählen Sie einen leeren Ordner, damit nichts von Ihren Daten überschrieben wird.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 (is the disk full?)</source>
        <translation>Kann %1 nicht nach %2 kopieren (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>The copy of %1 differs from the original; nothing was moved.</source>
        <translation>Die Kopie von %1 weicht vom Original ab; nichts wurde verschoben.</translation>
    </message>
    <message>
        <source>The copy of the collection is damaged (%1); nothing was moved.</source>
        <translation>Die Kopie der Sammlung ist beschädigt (%1); nichts wurde verschoben.</translation>
    </message>
    <message>
        <source>The copy of the collection is incomplete; nothing was moved.</source>
        <translation>Die Kopie der Sammlung ist unvollständig; nichts wurde verschoben.</translation>
    </message>
</context>
<context>
    <name>CopyChecker</name>
    <message>
        <source>copies %1+ words from %2: &quot;%3&quot;</source>
        <translation>übernimmt %1+ Wörter aus %2: „%3“</translation>
    </message>
</context>
<context>
    <name>CoverageChecker</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 is not covered by any card</source>
        <translation>%1 wird von keiner Karte abgedeckt</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: UTF-16 text with an odd number of bytes (truncated?)</source>
        <translation>%1: UTF-16-Text mit einer ungeraden Anzahl von Bytes (abgeschnitten?)</translation>
    </message>
    <message>
        <source>%1:%2: not valid UTF-8 (byte 0x%3 at offset %4); save the file as UTF-8 or UTF-16 with a BOM</source>
        <translation>%1:%2: kein gültiges UTF-8 (Byte 0x%3 an Position %4); speichern Sie die Datei als UTF-8 oder als UTF-16 mit BOM</translation>
    </message>
    <message>
        <source>%1:%2: contains NUL characters; this is a binary file, not text</source>
        <translation>%1:%2: enthält NUL-Zeichen; das ist eine Binärdatei, kein Text</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 characters; refusing to import it</source>
        <translation>Zeile %1: ein Feld ist länger als %2 Zeichen; Import verweigert</translation>
    </message>
    <message>
        <source>line %1: more than %2 fields; refusing to import it</source>
        <translation>Zeile %1: mehr als %2 Felder; Import verweigert</translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message>
        <source>cannot write the CSV: %1</source>
        <translation>kann die CSV-Datei nicht schreiben: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a collection file</source>
        <translation>%1 ist ein Ordner, keine Sammlungsdatei</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 ist keine brauchbare SQLite-Datenbank: %2</translation>
    </message>
    <message numerus="yes">
        <source>file too short (%n byte(s))</source>
        <translation>
            <numerusform>Datei zu kurz (%n Byte)</numerusform>
            <numerusform>Datei zu kurz (%n Bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>no SQLite header</source>
        <translation>kein SQLite-Kopfbereich</translation>
    </message>
    <message>
        <source>invalid page size %1</source>
        <translation>ungültige Seitengröße %1</translation>
    </message>
    <message>
        <source>unknown file format version</source>
        <translation>unbekannte Version des Dateiformats</translation>
    </message>
    <message>
        <source>size %1 is not a multiple of the page size %2 (truncated?)</source>
        <translation>die Größe %1 ist kein Vielfaches der Seitengröße %2 (abgeschnitten?)</translation>
    </message>
    <message numerus="yes">
        <source>header declares %n page(s) but the file holds %1 (truncated?)</source>
        <translation>
            <numerusform>der Kopfbereich gibt %n Seite an, aber die Datei enthält %1 (abgeschnitten?)</numerusform>
            <numerusform>der Kopfbereich gibt %n Seiten an, aber die Datei enthält %1 (abgeschnitten?)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Kann %1 nicht öffnen</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>%1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Cannot use write-ahead logging for %1 (SQLite kept journal mode &quot;%2&quot;); the file system may not support shared memory: keep the collection on a local disk</source>
        <translation>Kann für %1 kein Write-Ahead-Logging verwenden (SQLite blieb im Journalmodus „%2“); das Dateisystem unterstützt womöglich keinen gemeinsamen Speicher: legen Sie die Sammlung auf einen lokalen Datenträger</translation>
    </message>
    <message>
        <source>%1: reading it took longer than %2 s; stopped (a hostile or damaged file?)</source>
        <translation>%1: das Lesen dauerte länger als %2 s; abgebrochen (eine bösartige oder beschädigte Datei?)</translation>
    </message>
    <message>
        <source>%1: reading it needed more than %2 MiB of memory; stopped (a hostile or damaged file?)</source>
        <translation>%1: das Lesen brauchte mehr als %2 MiB Speicher; abgebrochen (eine bösartige oder beschädigte Datei?)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 where a table is expected; refusing to read it</source>
        <translation>%1: „%2“ ist %3, wo eine Tabelle erwartet wird; Lesen verweigert</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>eine Sicht</translation>
    </message>
    <message>
        <source>a virtual table</source>
        <translation>eine virtuelle Tabelle</translation>
    </message>
    <message>
        <source>a table with generated columns</source>
        <translation>eine Tabelle mit generierten Spalten</translation>
    </message>
    <message>
        <source>a table with triggers</source>
        <translation>eine Tabelle mit Triggern</translation>
    </message>
    <message>
        <source>Cannot checkpoint %1</source>
        <translation>Kann für %1 keinen Checkpoint ausführen</translation>
    </message>
    <message>
        <source>SQLite: %1 (in &quot;%2&quot;)</source>
        <translation>SQLite: %1 (in „%2“)</translation>
    </message>
    <message>
        <source>Cannot prepare &quot;%1&quot;</source>
        <translation>Kann „%1“ nicht vorbereiten</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Kann %1 nicht anlegen</translation>
    </message>
</context>
<context>
    <name>DebriefCardRenderer</name>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Sub-causes</source>
        <translation>Unterursachen</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Decision or threshold it drives</source>
        <translation>Entscheidung oder Schwelle, die sie steuert</translation>
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
        <source>What is weak about this answer to: %1</source>
        <translation>Was ist schwach an dieser Antwort auf: %1</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <source>Name every cause:</source>
        <translation>Nennen Sie jede Ursache:</translation>
    </message>
    <message>
        <source>How do you detect it and fix it?</source>
        <translation>Wie erkennen und beheben Sie es?</translation>
    </message>
    <message>
        <source>decision-making</source>
        <translation>Entscheidungsfindung</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Name every layer, its metrics and the decision it drives.</source>
        <translation>Nennen Sie jede Ebene, ihre Metriken und die Entscheidung, die sie steuert.</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Ebene:</translation>
    </message>
    <message>
        <source>Which metrics, and what do they drive?</source>
        <translation>Welche Metriken, und was steuern sie?</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cause(s) shown. Press N for the next branch, Shift+N for all.</source>
        <translation>
            <numerusform>%1 von %n Ursache angezeigt. Drücken Sie N für den nächsten Zweig, Umschalt+N für alle.</numerusform>
            <numerusform>%1 von %n Ursachen angezeigt. Drücken Sie N für den nächsten Zweig, Umschalt+N für alle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckImporter</name>
    <message>
        <source>%1: missing &apos;deck:&apos; header</source>
        <translation>%1: Kopfzeile &apos;deck:&apos; fehlt</translation>
    </message>
    <message>
        <source>%1: no bundled .deck files</source>
        <translation>%1: keine mitgelieferten .deck-Dateien</translation>
    </message>
</context>
<context>
    <name>DeckLinter</name>
    <message>
        <source>a coverage id in the branch text; keep ids in covers: lines</source>
        <translation>eine Abdeckungs-ID im Text des Zweigs; IDs gehören in covers:-Zeilen</translation>
    </message>
    <message>
        <source>a pair note needs %1 to %2 points: (the strong answer&apos;s key points), has %3</source>
        <translation>eine pair-Notiz braucht %1 bis %2 points: (die Kernpunkte der starken Antwort), hat %3</translation>
    </message>
    <message>
        <source>points: holds %1 to %2 key points, has %3</source>
        <translation>points: enthält %1 bis %2 Kernpunkte, hat %3</translation>
    </message>
    <message numerus="yes">
        <source>Model: is %n word(s); a spoken model answer is %1 to %2 words (30 to 60 s aloud)</source>
        <translation>
            <numerusform>Model: hat %n Wort; eine gesprochene Musterantwort hat %1 bis %2 Wörter (30 bis 60 s laut gesprochen)</numerusform>
            <numerusform>Model: hat %n Wörter; eine gesprochene Musterantwort hat %1 bis %2 Wörter (30 bis 60 s laut gesprochen)</numerusform>
        </translation>
    </message>
    <message>
        <source>a coverage id in %1:; keep ids in covers: lines</source>
        <translation>eine Abdeckungs-ID in %1:; IDs gehören in covers:-Zeilen</translation>
    </message>
    <message>
        <source>a coverage id in points:; keep ids in covers: lines</source>
        <translation>eine Abdeckungs-ID in points:; IDs gehören in covers:-Zeilen</translation>
    </message>
    <message>
        <source>a coverage id in the layer text; keep ids in covers: lines</source>
        <translation>eine Abdeckungs-ID im Text der Ebene; IDs gehören in covers:-Zeilen</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first in %2:%3)</source>
        <translation>doppelte ID &apos;%1&apos; (zuerst in %2:%3)</translation>
    </message>
    <message>
        <source>no seed *.txt files here</source>
        <translation>hier gibt es keine *.txt-Vorlagedateien</translation>
    </message>
</context>
<context>
    <name>DeckName</name>
    <message>
        <source>Type a name for the deck.</source>
        <translation>Geben Sie einen Namen für den Stapel ein.</translation>
    </message>
    <message>
        <source>“%1” has an empty level: every part between “::” needs a name, as in Parent::Child.</source>
        <translation>„%1“ hat eine leere Ebene: Jeder Teil zwischen „::“ braucht einen Namen, wie in Eltern::Kind.</translation>
    </message>
    <message>
        <source>Deck names are limited to %1 characters; this one has %2.</source>
        <translation>Stapelnamen sind auf %1 Zeichen begrenzt; dieser hat %2.</translation>
    </message>
</context>
<context>
    <name>DeckParser</name>
    <message>
        <source>tab in the indentation of a %1 list; indent with two spaces per level</source>
        <translation>Tabulator in der Einrückung einer %1-Liste; rücken Sie mit zwei Leerzeichen pro Ebene ein</translation>
    </message>
    <message>
        <source>a %1 entry must start at column 0 (%1 do not nest)</source>
        <translation>ein %1-Eintrag muss in Spalte 0 beginnen (%1 werden nicht verschachtelt)</translation>
    </message>
    <message>
        <source>bad indentation: a sub-%1 is indented two spaces more than its parent</source>
        <translation>falsche Einrückung: ein Unter-%1 wird zwei Leerzeichen weiter eingerückt als sein Elternteil</translation>
    </message>
    <message>
        <source>empty %1 entry</source>
        <translation>leerer %1-Eintrag</translation>
    </message>
    <message>
        <source>expected &apos;- &lt;%1&gt;&apos; to start the list</source>
        <translation>&apos;- &lt;%1&gt;&apos; am Anfang der Liste erwartet</translation>
    </message>
    <message>
        <source>bad indentation: keys are indented two spaces more than their &apos;- &apos; line</source>
        <translation>falsche Einrückung: Schlüssel werden zwei Leerzeichen weiter eingerückt als ihre &apos;- &apos;-Zeile</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; given twice</source>
        <translation>&apos;%1:&apos; doppelt angegeben</translation>
    </message>
    <message>
        <source>expected %1: or &apos;- &lt;sub-entry&gt;&apos;</source>
        <translation>%1: oder &apos;- &lt;Untereintrag&gt;&apos; erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coverage id of the form S&lt;n&gt;-&lt;P|C|F|M|K&gt;&lt;n&gt;[.&lt;n&gt;]</source>
        <translation>&apos;%1&apos; ist keine Abdeckungs-ID der Form S&lt;n&gt;-&lt;P|C|F|M|K&gt;&lt;n&gt;[.&lt;n&gt;]</translation>
    </message>
    <message>
        <source>branch &apos;%1&apos; has no %2:</source>
        <translation>Zweig &apos;%1&apos; hat kein %2:</translation>
    </message>
    <message>
        <source>branch</source>
        <translation>branch</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>layers</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos; has no %2:</source>
        <translation>Ebene &apos;%1&apos; hat kein %2:</translation>
    </message>
    <message>
        <source>empty point</source>
        <translation>leerer Punkt</translation>
    </message>
    <message>
        <source>expected &apos;- &lt;point&gt;&apos;: points: holds one &apos;- &apos; line per key point</source>
        <translation>&apos;- &lt;Punkt&gt;&apos; erwartet: points: enthält eine &apos;- &apos;-Zeile pro Kernpunkt</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a tree needs at least one branch</source>
        <translation>ein Baum braucht mindestens einen Zweig</translation>
    </message>
    <message>
        <source>a layers note needs at least one layer</source>
        <translation>eine layers-Notiz braucht mindestens eine Ebene</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has no %3: field</source>
        <translation>%1 &apos;%2&apos; hat kein Feld %3:</translation>
    </message>
    <message>
        <source>%1: is empty</source>
        <translation>%1: ist leer</translation>
    </message>
    <message>
        <source>unbalanced {{ }} in the cloze text</source>
        <translation>unausgeglichene {{ }} im Lückentext</translation>
    </message>
    <message>
        <source>cloze text has no {{c1::...}} deletion</source>
        <translation>der Lückentext hat keine Lücke {{c1::...}}</translation>
    </message>
    <message>
        <source>expected &apos;## &lt;kind&gt; &lt;id&gt;&apos;</source>
        <translation>&apos;## &lt;Art&gt; &lt;ID&gt;&apos; erwartet</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (basic, reversed, cloze, pair, tree, layers)</source>
        <translation>unbekannte Art &apos;%1&apos; (basic, reversed, cloze, pair, tree, layers)</translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos;: use 3 to 64 lowercase letters, digits and &apos;-&apos;</source>
        <translation>ungültige ID &apos;%1&apos;: verwenden Sie 3 bis 64 Kleinbuchstaben, Ziffern und &apos;-&apos;</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first at line %2)</source>
        <translation>doppelte ID &apos;%1&apos; (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos; or a &apos;## &lt;kind&gt; &lt;id&gt;&apos; block</source>
        <translation>&apos;Schlüssel: Wert&apos; oder ein Block &apos;## &lt;Art&gt; &lt;ID&gt;&apos; erwartet</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (only 1 exists)</source>
        <translation>unbekanntes Format &apos;%1&apos; (es gibt nur 1)</translation>
    </message>
    <message>
        <source>deck: is empty</source>
        <translation>deck: ist leer</translation>
    </message>
    <message>
        <source>unknown header key &apos;%1&apos; (format, deck, description, tags)</source>
        <translation>unbekannter Kopfschlüssel &apos;%1&apos; (format, deck, description, tags)</translation>
    </message>
    <message>
        <source>%1: given twice (first at line %2)</source>
        <translation>%1: doppelt angegeben (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <source>unknown field &apos;%1:&apos; for a %2 note (fields: %3; common: tags, covers%4)</source>
        <translation>unbekanntes Feld &apos;%1:&apos; für eine %2-Notiz (Felder: %3; allgemein: tags, covers%4)</translation>
    </message>
    <message>
        <source>text outside any field; start it with a field such as &apos;%1:&apos;</source>
        <translation>Text außerhalb eines Felds; beginnen Sie ihn mit einem Feld wie &apos;%1:&apos;</translation>
    </message>
    <message>
        <source>code fence opened here is never closed</source>
        <translation>der hier geöffnete Codeblock wird nie geschlossen</translation>
    </message>
    <message>
        <source>missing &apos;deck:&apos; header</source>
        <translation>Kopfzeile &apos;deck:&apos; fehlt</translation>
    </message>
</context>
<context>
    <name>DeckTree</name>
    <message>
        <source>A deck named &quot;%1&quot; already exists</source>
        <translation>Ein Stapel namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>No deck with id %1</source>
        <translation>Kein Stapel mit der ID %1</translation>
    </message>
    <message>
        <source>The backup %1 is of another schema version</source>
        <translation>Die Sicherung %1 hat eine andere Schemaversion</translation>
    </message>
    <message>
        <source>The backup has no deck %1</source>
        <translation>Die Sicherung enthält keinen Stapel %1</translation>
    </message>
    <message>
        <source>A deck named &quot;%1&quot; has been created since; rename it first</source>
        <translation>Ein Stapel namens „%1“ wurde seitdem angelegt; benennen Sie ihn zuerst um</translation>
    </message>
</context>
<context>
    <name>ForeignDataImporter</name>
    <message>
        <source>%1: import cancelled; nothing was changed</source>
        <translation>%1: Import abgebrochen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1: notetype &apos;%2&apos; does not exist; row skipped</source>
        <translation>%1: der Notiztyp &apos;%2&apos; existiert nicht; Zeile übersprungen</translation>
    </message>
    <message>
        <source>%1: empty first field; row skipped</source>
        <translation>%1: leeres erstes Feld; Zeile übersprungen</translation>
    </message>
    <message>
        <source>%1: a note with GUID %2 exists with another notetype; row skipped</source>
        <translation>%1: eine Notiz mit der GUID %2 existiert mit einem anderen Notiztyp; Zeile übersprungen</translation>
    </message>
    <message>
        <source>%1: the note makes no cards (a cloze note without {{c1::…}}?)</source>
        <translation>%1: die Notiz ergibt keine Karten (eine Lückentext-Notiz ohne {{c1::…}}?)</translation>
    </message>
    <message>
        <source>%1: media file %2: %3</source>
        <translation>%1: Mediendatei %2: %3</translation>
    </message>
    <message>
        <source>%1: media file name &quot;%2&quot; (too long, not NFC or with direction controls) was changed to &quot;%3&quot;, and the notes with it</source>
        <translation>%1: Der Mediendateiname „%2“ (zu lang, nicht NFC oder mit Richtungssteuerzeichen) wurde in „%3“ geändert, ebenso in den Notizen</translation>
    </message>
    <message>
        <source>%1: media files &quot;%2&quot; and &quot;%3&quot; are one name in different Unicode forms; the second was stored as &quot;%4&quot;, and the notes with it</source>
        <translation>%1: Die Mediendateien „%2“ und „%3“ sind derselbe Name in verschiedenen Unicode-Formen; die zweite wurde als „%4“ gespeichert, ebenso in den Notizen</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>over %1 characters</source>
        <translation>mehr als %1 Zeichen</translation>
    </message>
    <message>
        <source>over %1 HTML tags</source>
        <translation>mehr als %1 HTML-Tags</translation>
    </message>
    <message>
        <source>a tag with over %1 attributes</source>
        <translation>ein Tag mit mehr als %1 Attributen</translation>
    </message>
    <message>
        <source>HTML nested over %1 levels deep</source>
        <translation>HTML mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>HTML too costly to parse</source>
        <translation>HTML zu aufwendig zu verarbeiten</translation>
    </message>
</context>
<context>
    <name>ImportDispatcher</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1: ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device or pipe)</source>
        <translation>%1: keine reguläre Datei (ein Gerät oder eine Pipe)</translation>
    </message>
    <message>
        <source>%1: not readable (permissions)</source>
        <translation>%1: nicht lesbar (Berechtigungen)</translation>
    </message>
    <message>
        <source>%1: could not back up the collection first, so nothing was imported: %2</source>
        <translation>%1: die Sammlung konnte vorher nicht gesichert werden, daher wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>%1: not a format Debrief can import</source>
        <translation>%1: kein Format, das Debrief importieren kann</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
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
    <message>
        <source>%1: cancelled; the collection is unchanged.</source>
        <translation>%1: abgebrochen; die Sammlung ist unverändert.</translation>
    </message>
</context>
<context>
    <name>ImportTemp</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>Kann keinen temporären Ordner in %1 anlegen: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 (disk full?)</source>
        <translation>Kann %1 nicht nach %2 kopieren (Datenträger voll?)</translation>
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
    <name>MediaStager</name>
    <message>
        <source>Cannot create the media folder %1</source>
        <translation>Kann den Medienordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Cannot create a staging folder in %1</source>
        <translation>Kann keinen Zwischenordner in %1 anlegen</translation>
    </message>
    <message>
        <source>Cannot find a free name for media file %1</source>
        <translation>Kein freier Name für die Mediendatei %1 gefunden</translation>
    </message>
    <message>
        <source>Unsafe media file name: %1</source>
        <translation>Unsicherer Mediendateiname: %1</translation>
    </message>
    <message>
        <source>Media file %1 is too large</source>
        <translation>Die Mediendatei %1 ist zu groß</translation>
    </message>
    <message>
        <source>Cannot write media file %1</source>
        <translation>Kann die Mediendatei %1 nicht schreiben</translation>
    </message>
    <message>
        <source>Cannot read media file %1</source>
        <translation>Kann die Mediendatei %1 nicht lesen</translation>
    </message>
    <message>
        <source>Could not move media into place: %1</source>
        <translation>Konnte die Medien nicht an ihren Platz verschieben: %1</translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>&quot;%1&quot; is not a plain media file name</source>
        <translation>„%1“ ist kein einfacher Mediendateiname</translation>
    </message>
    <message>
        <source>Cannot create the media folder %1</source>
        <translation>Kann den Medienordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>Cannot write media file %1: %2</source>
        <translation>Kann die Mediendatei %1 nicht schreiben: %2</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>No schema migration %1</source>
        <translation>Keine Schemamigration %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kann %1 nicht lesen</translation>
    </message>
    <message>
        <source>Schema migration to version %1 failed: %2</source>
        <translation>Die Schemamigration auf Version %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>Kann die Schemaversion von %1 nicht lesen</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Debrief understands up to %3. Update Debrief to open it.</source>
        <translation>%1 hat die Schemaversion %2; dieses Debrief versteht bis %3. Aktualisieren Sie Debrief, um sie zu öffnen.</translation>
    </message>
</context>
<context>
    <name>MnemosyneImporter</name>
    <message>
        <source>%1: not a Mnemosyne 1.x export (root element must be &lt;mnemosyne core_version=&quot;1&quot;&gt;)</source>
        <translation>%1: kein Export aus Mnemosyne 1.x (das Wurzelelement muss &lt;mnemosyne core_version=&quot;1&quot;&gt; sein)</translation>
    </message>
    <message>
        <source>%1:%2: malformed XML: %3</source>
        <translation>%1:%2: fehlerhaftes XML: %3</translation>
    </message>
    <message>
        <source>%1: item id &apos;%2&apos; appears more than once; imported as separate facts</source>
        <translation>%1: die Element-ID &apos;%2&apos; kommt mehrfach vor; als getrennte Fakten importiert</translation>
    </message>
    <message>
        <source>an SQLite file, but not a Mnemosyne 2.x database</source>
        <translation>eine SQLite-Datei, aber keine Datenbank von Mnemosyne 2.x</translation>
    </message>
    <message>
        <source>%1: unknown Mnemosyne database version &apos;%2&apos;; importing anyway</source>
        <translation>%1: unbekannte Version &apos;%2&apos; der Mnemosyne-Datenbank; wird trotzdem importiert</translation>
    </message>
    <message>
        <source>%1: fact %2 uses Mnemosyne card type %3, which is not imported</source>
        <translation>%1: Fakt %2 verwendet den Mnemosyne-Kartentyp %3, der nicht importiert wird</translation>
    </message>
    <message>
        <source>a zip without cards.xml, so not a Mnemosyne .cards file</source>
        <translation>ein Zip-Archiv ohne cards.xml, also keine .cards-Datei von Mnemosyne</translation>
    </message>
    <message>
        <source>cards.xml is not an openSM2sync document</source>
        <translation>cards.xml ist kein openSM2sync-Dokument</translation>
    </message>
    <message>
        <source>media file name &apos;%1&apos; points outside the media folder</source>
        <translation>der Mediendateiname &apos;%1&apos; zeigt aus dem Medienordner heraus</translation>
    </message>
    <message>
        <source>%1: media file &apos;%2&apos; is not in the archive</source>
        <translation>%1: die Mediendatei &apos;%2&apos; ist nicht im Archiv</translation>
    </message>
    <message>
        <source>cards.xml line %1: malformed XML: %2</source>
        <translation>cards.xml Zeile %1: fehlerhaftes XML: %2</translation>
    </message>
    <message>
        <source>%1: card of fact &apos;%2&apos; (card type %3) is not imported</source>
        <translation>%1: die Karte des Fakts &apos;%2&apos; (Kartentyp %3) wird nicht importiert</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; refusing to read it</source>
        <translation>%1: größer als %2 MiB; Lesen verweigert</translation>
    </message>
    <message>
        <source>%1: not a Mnemosyne XML export, .cards file or database</source>
        <translation>%1: weder XML-Export noch .cards-Datei noch Datenbank von Mnemosyne</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>cannot write %1</source>
        <translation>kann %1 nicht schreiben</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>kann %1 nicht fertigstellen</translation>
    </message>
</context>
<context>
    <name>PresetCheck</name>
    <message>
        <source>New cards/day must be between 0 and %1 (it is %2).</source>
        <translation>Neue Karten/Tag muss zwischen 0 und %1 liegen (ist %2).</translation>
    </message>
    <message>
        <source>Maximum reviews/day must be between 0 and %1 (it is %2).</source>
        <translation>Maximale Wiederholungen/Tag muss zwischen 0 und %1 liegen (ist %2).</translation>
    </message>
    <message>
        <source>The rehearsal time per answer must be between %1 and %2 seconds (it is %3).</source>
        <translation>Die Zeit pro Antwort beim Einüben muss zwischen %1 und %2 Sekunden liegen (ist %3).</translation>
    </message>
    <message>
        <source>Today&apos;s new card limit must be between 0 and %1 (it is %2).</source>
        <translation>Das heutige Limit für neue Karten muss zwischen 0 und %1 liegen (ist %2).</translation>
    </message>
    <message>
        <source>Today&apos;s review limit must be between 0 and %1 (it is %2).</source>
        <translation>Das heutige Limit für Wiederholungen muss zwischen 0 und %1 liegen (ist %2).</translation>
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
    <name>RenderLimits</name>
    <message>
        <source>This card is too large or complex to show (%1).</source>
        <translation>Diese Karte ist zu groß oder zu komplex für die Anzeige (%1).</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>no deck named &apos;%1&apos;</source>
        <translation>kein Stapel namens &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ReportFileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>kann nicht in %1 schreiben: %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>kann %1 nicht ersetzen</translation>
    </message>
</context>
<context>
    <name>SearchParser</name>
    <message>
        <source>search: %1 (at column %2)</source>
        <translation>Suche: %1 (in Spalte %2)</translation>
    </message>
    <message>
        <source>&apos;-&apos; before &apos;)&apos;</source>
        <translation>&apos;-&apos; vor &apos;)&apos;</translation>
    </message>
    <message>
        <source>a backslash at the end escapes nothing</source>
        <translation>ein Backslash am Ende maskiert nichts</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen wird nicht geschlossen</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs something to negate</source>
        <translation>&apos;-&apos; braucht etwas zum Verneinen</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; needs a value</source>
        <translation>&apos;%1:&apos; braucht einen Wert</translation>
    </message>
    <message>
        <source>card numbers start at 1</source>
        <translation>Kartennummern beginnen bei 1</translation>
    </message>
    <message>
        <source>&apos;is:%1&apos; is not one of %2</source>
        <translation>&apos;is:%1&apos; ist keiner von %2</translation>
    </message>
    <message>
        <source>&apos;flag:&apos; takes a number from 0 to 7</source>
        <translation>&apos;flag:&apos; nimmt eine Zahl von 0 bis 7</translation>
    </message>
    <message>
        <source>&apos;rated:&apos; takes days from 1 to 365, then optionally :1-4</source>
        <translation>&apos;rated:&apos; nimmt Tage von 1 bis 365, danach optional :1-4</translation>
    </message>
    <message>
        <source>&apos;rated:N:&apos; takes a rating from 1 to 4</source>
        <translation>&apos;rated:N:&apos; nimmt eine Bewertung von 1 bis 4</translation>
    </message>
    <message>
        <source>&apos;added:&apos; takes a number of days</source>
        <translation>&apos;added:&apos; nimmt eine Anzahl von Tagen</translation>
    </message>
    <message>
        <source>&apos;prop:&apos; takes a comparison such as prop:ivl&gt;10</source>
        <translation>&apos;prop:&apos; nimmt einen Vergleich wie prop:ivl&gt;10</translation>
    </message>
    <message>
        <source>&apos;prop:%1&apos; is not one of %2</source>
        <translation>&apos;prop:%1&apos; ist keiner von %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>&apos;kind:%1&apos; is not one of %2</source>
        <translation>&apos;kind:%1&apos; ist keine von %2</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; takes ids separated by commas</source>
        <translation>&apos;%1:&apos; nimmt durch Kommas getrennte IDs</translation>
    </message>
    <message>
        <source>&apos;)&apos; without &apos;(&apos;</source>
        <translation>&apos;)&apos; ohne &apos;(&apos;</translation>
    </message>
    <message>
        <source>&apos;and&apos; needs something before it</source>
        <translation>&apos;and&apos; braucht etwas davor</translation>
    </message>
    <message>
        <source>&apos;or&apos; needs something on both sides</source>
        <translation>&apos;or&apos; braucht auf beiden Seiten etwas</translation>
    </message>
    <message>
        <source>an empty group</source>
        <translation>eine leere Gruppe</translation>
    </message>
    <message>
        <source>parentheses nested deeper than %1</source>
        <translation>Klammern tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>&apos;(&apos; is not closed</source>
        <translation>&apos;(&apos; wird nicht geschlossen</translation>
    </message>
    <message>
        <source>search: the query is longer than %1 characters</source>
        <translation>Suche: die Suchanfrage ist länger als %1 Zeichen</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Cannot bind parameter %1 of &quot;%2&quot;: %3</source>
        <translation>Kann Parameter %1 von „%2“ nicht binden: %3</translation>
    </message>
    <message>
        <source>SQLite: %1 (in &quot;%2&quot;)</source>
        <translation>SQLite: %1 (in „%2“)</translation>
    </message>
    <message>
        <source>Stepping an invalid statement</source>
        <translation>Ausführung einer ungültigen Anweisung</translation>
    </message>
</context>
<context>
    <name>StatsQueries</name>
    <message>
        <source>Cannot register the answer counter</source>
        <translation>Kann den Antwortzähler nicht registrieren</translation>
    </message>
</context>
<context>
    <name>StepsText</name>
    <message>
        <source>&quot;%1&quot; is not a step. Write steps like &quot;1m 10m 1h 1d&quot;: a number and s, m, h or d, from 1 second to 365 days, separated by spaces.</source>
        <translation>„%1“ ist kein Schritt. Schreiben Sie Schritte wie „1m 10m 1h 1d“: eine Zahl und s, m, h oder d, von 1 Sekunde bis 365 Tage, durch Leerzeichen getrennt.</translation>
    </message>
</context>
<context>
    <name>StorableText</name>
    <message>
        <source>the control character %1, which separates a note&apos;s fields</source>
        <translation>das Steuerzeichen %1, das die Felder einer Notiz trennt</translation>
    </message>
    <message>
        <source>%1, half of a character pair without its other half</source>
        <translation>%1, die Hälfte eines Zeichenpaars ohne die andere Hälfte</translation>
    </message>
    <message>
        <source>%1: character %2 is %3; a note cannot store it. Remove it (retype the text around it).</source>
        <translation>%1: Zeichen %2 ist %3; eine Notiz kann es nicht speichern. Entfernen Sie es (tippen Sie den Text darum neu ein).</translation>
    </message>
</context>
<context>
    <name>StudyRepository</name>
    <message>
        <source>No deck with id %1</source>
        <translation>Kein Stapel mit der ID %1</translation>
    </message>
</context>
<context>
    <name>TextExporter</name>
    <message>
        <source>There is no deck with id %1</source>
        <translation>Es gibt keinen Stapel mit der ID %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nicht schreibbar: %2</translation>
    </message>
</context>
<context>
    <name>TextImporter</name>
    <message>
        <source>%1: unknown separator &apos;%2&apos; ignored</source>
        <translation>%1: unbekanntes Trennzeichen &apos;%2&apos; ignoriert</translation>
    </message>
    <message numerus="yes">
        <source>%1: #columns names %n column(s); at most %2 are read</source>
        <translation>
            <numerusform>%1: #columns nennt %n Spalte; höchstens %2 werden gelesen</numerusform>
            <numerusform>%1: #columns nennt %n Spalten; höchstens %2 werden gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: #%2 %3 is not a column from 1 to %4</source>
        <translation>%1: #%2 %3 ist keine Spalte von 1 bis %4</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: more than %2 fields in the file; split it into smaller files</source>
        <translation>%1: mehr als %2 Felder in der Datei; teilen Sie sie in kleinere Dateien auf</translation>
    </message>
    <message>
        <source>%1: no rows to import</source>
        <translation>%1: keine Zeilen zum Importieren</translation>
    </message>
    <message>
        <source>%1: notetype &apos;%2&apos; from the #notetype header does not exist; using Basic</source>
        <translation>%1: der Notiztyp &apos;%2&apos; aus der Kopfzeile #notetype existiert nicht; Basic wird verwendet</translation>
    </message>
    <message>
        <source>%1: notetype &apos;%2&apos; does not exist</source>
        <translation>%1: der Notiztyp &apos;%2&apos; existiert nicht</translation>
    </message>
    <message>
        <source>%1: field map: notetype &apos;%2&apos; has no field &apos;%3&apos;</source>
        <translation>%1: Feldzuordnung: der Notiztyp &apos;%2&apos; hat kein Feld &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: notetype &apos;%2&apos; does not exist; row skipped</source>
        <translation>%1: der Notiztyp &apos;%2&apos; existiert nicht; Zeile übersprungen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s), expected %2; missing fields left empty</source>
        <translation>
            <numerusform>%1: %n Spalte, erwartet %2; fehlende Felder bleiben leer</numerusform>
            <numerusform>%1: %n Spalten, erwartet %2; fehlende Felder bleiben leer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s), only %2 used; the rest were ignored</source>
        <translation>
            <numerusform>%1: %n Spalte, nur %2 verwendet; der Rest wurde ignoriert</numerusform>
            <numerusform>%1: %n Spalten, nur %2 verwendet; der Rest wurde ignoriert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is more than the %3 MiB a text import accepts</source>
        <translation>%1: %2 Bytes sind mehr als die %3 MiB, die ein Textimport annimmt</translation>
    </message>
</context>
<context>
    <name>UndoLog</name>
    <message>
        <source>No card with id %1</source>
        <translation>Keine Karte mit der ID %1</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>kann %1 nicht anlegen</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>File not found: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Kann %1 nicht lesen</translation>
    </message>
    <message>
        <source>%1 is not a valid zip archive</source>
        <translation>%1 ist kein gültiges Zip-Archiv</translation>
    </message>
    <message>
        <source>%1 has too many members</source>
        <translation>%1 hat zu viele Einträge</translation>
    </message>
    <message>
        <source>%1: cannot read member %2</source>
        <translation>%1: kann Eintrag %2 nicht lesen</translation>
    </message>
    <message>
        <source>%1: bad sizes in member %2</source>
        <translation>%1: falsche Größenangaben in Eintrag %2</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MiB</source>
        <translation>%1 würde entpackt mehr als %2 MiB ergeben</translation>
    </message>
    <message>
        <source>%1: member %2 is compressed suspiciously well (zip bomb?)</source>
        <translation>%1: Eintrag %2 ist verdächtig stark komprimiert (Zip-Bombe?)</translation>
    </message>
    <message>
        <source>%1: the package unpacks to more than %2 MiB (member %3; decompression bomb?)</source>
        <translation>%1: das Paket ergibt entpackt mehr als %2 MiB (Eintrag %3; Dekompressionsbombe?)</translation>
    </message>
    <message>
        <source>%1: member %2 is compressed suspiciously well (decompression bomb?)</source>
        <translation>%1: Eintrag %2 ist verdächtig stark komprimiert (Dekompressionsbombe?)</translation>
    </message>
    <message>
        <source>%1: no such member</source>
        <translation>%1: kein solcher Eintrag</translation>
    </message>
    <message>
        <source>%1: member %2: %3</source>
        <translation>%1: Eintrag %2: %3</translation>
    </message>
    <message>
        <source>%1: member %2 is too large</source>
        <translation>%1: Eintrag %2 ist zu groß</translation>
    </message>
    <message>
        <source>%1: cannot open member %2: %3</source>
        <translation>%1: kann Eintrag %2 nicht öffnen: %3</translation>
    </message>
    <message>
        <source>%1: member %2 is damaged: %3</source>
        <translation>%1: Eintrag %2 ist beschädigt: %3</translation>
    </message>
    <message>
        <source>%1: member %2 unpacks to more than it declares</source>
        <translation>%1: Eintrag %2 ergibt entpackt mehr als angegeben</translation>
    </message>
    <message>
        <source>%1: member %2 is truncated</source>
        <translation>%1: Eintrag %2 ist abgeschnitten</translation>
    </message>
</context>
<context>
    <name>ZstdDecoder</name>
    <message>
        <source>Out of memory</source>
        <translation>Kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>Damaged zstd data: %1</source>
        <translation>Beschädigte zstd-Daten: %1</translation>
    </message>
    <message>
        <source>Compressed data unpacks to more than %1 MiB</source>
        <translation>Komprimierte Daten ergeben entpackt mehr als %1 MiB</translation>
    </message>
    <message>
        <source>Truncated zstd data</source>
        <translation>Abgeschnittene zstd-Daten</translation>
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
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>Adds a Basic note (one new card) to the deck, creating the deck if needed.
Prints the new note id and card id.</source>
        <translation>Fügt dem Stapel eine einfache Notiz (eine neue Karte) hinzu und legt den Stapel bei Bedarf an.
Gibt die ID der neuen Notiz und der Karte aus.</translation>
    </message>
    <message>
        <source>the deck; &quot;::&quot; separates subdecks</source>
        <translation>der Stapel; „::“ trennt Unterstapel</translation>
    </message>
    <message>
        <source>the question side (required)</source>
        <translation>die Fragenseite (erforderlich)</translation>
    </message>
    <message>
        <source>the answer side</source>
        <translation>die Antwortseite</translation>
    </message>
    <message>
        <source>tags, separated by spaces</source>
        <translation>Schlagwörter, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the collection (safe while the app is open) and prints the file written.</source>
        <translation>Schreibt eine konsistente Kopie der Sammlung (auch während die App geöffnet ist) und gibt die
geschriebene Datei aus.</translation>
    </message>
    <message>
        <source>where to write (default: &lt;data dir&gt;/backups/collection-&lt;UTC time&gt;.sqlite);
an existing file is not overwritten</source>
        <translation>Zieldatei (Vorgabe: &lt;Datenordner&gt;/backups/collection-&lt;UTC-Zeit&gt;.sqlite);
eine vorhandene Datei wird nicht überschrieben</translation>
    </message>
    <message>
        <source>Replaces the collection with the backup FILE after checking that it is a sound Debrief collection.
Refuses while the app has the collection open.</source>
        <translation>Ersetzt die Sammlung durch die Sicherung DATEI, nachdem geprüft wurde, dass sie eine intakte
Debrief-Sammlung ist. Verweigert dies, solange die App die Sammlung geöffnet hat.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity check and Debrief&apos;s own consistency rules (orphan cards, notes without
cards, impossible scheduling states). Exit 0 when clean, 1 when problems were found (each
printed on stdout).</source>
        <translation>Führt die Integritätsprüfung von SQLite und Debriefs eigene Konsistenzregeln aus (verwaiste
Karten, Notizen ohne Karten, unmögliche Planungszustände). Exit-Status 0 ohne Befund, 1 wenn
Probleme gefunden wurden (jedes auf der Standardausgabe).</translation>
    </message>
    <message>
        <source>Lists every deck with the cards due today (new, learning, review), subdecks counted into their parents.</source>
        <translation>Listet jeden Stapel mit den heute fälligen Karten auf (neu, im Lernen, Wiederholung);
Unterstapel zählen zu ihren Elternstapeln.</translation>
    </message>
    <message>
        <source>print a JSON array instead of a table</source>
        <translation>ein JSON-Array statt einer Tabelle ausgeben</translation>
    </message>
    <message>
        <source>Prints the cards due now as &apos;new learn review&apos; counts (after daily limits), for all decks or for
one deck and its subdecks.</source>
        <translation>Gibt die jetzt fälligen Karten als Anzahlen &apos;new learn review&apos; aus (nach den Tageslimits), für
alle Stapel oder für einen Stapel und seine Unterstapel.</translation>
    </message>
    <message>
        <source>only this deck and its subdecks</source>
        <translation>nur dieser Stapel und seine Unterstapel</translation>
    </message>
    <message>
        <source>list the due card ids in study order instead</source>
        <translation>stattdessen die IDs der fälligen Karten in Lernreihenfolge auflisten</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>JSON statt Text ausgeben</translation>
    </message>
    <message>
        <source>Exports notes to a file that Anki, a spreadsheet or Debrief can read back.</source>
        <translation>Exportiert Notizen in eine Datei, die Anki, eine Tabellenkalkulation oder Debrief wieder einlesen kann.</translation>
    </message>
    <message>
        <source>csv/tsv: Anki &quot;Notes in Plain Text&quot; with #guid/#notetype/#deck/#tags columns
(re-importable); apkg: Anki package; deck: Debrief deck file (needs --deck)</source>
        <translation>csv/tsv: Ankis „Notes in Plain Text“ mit den Spalten #guid/#notetype/#deck/#tags
(wieder importierbar); apkg: Anki-Paket; deck: Debrief-Stapeldatei (braucht --deck)</translation>
    </message>
    <message>
        <source>only this deck and its subdecks (default: everything)</source>
        <translation>nur dieser Stapel und seine Unterstapel (Vorgabe: alles)</translation>
    </message>
    <message>
        <source>apkg: keep scheduling and review history (default: cards leave as new)</source>
        <translation>apkg: Planung und Wiederholungsverlauf behalten (Vorgabe: Karten werden als neu exportiert)</translation>
    </message>
    <message>
        <source>where to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>Creates a new synthetic collection in --data-dir (which must not hold one yet): a deck tree,
cards in every state and a review history before --now. For benchmarks, not for study.</source>
        <translation>Legt eine neue synthetische Sammlung in --data-dir an (dort darf noch keine sein): einen
Stapelbaum, Karten in jedem Zustand und einen Wiederholungsverlauf vor --now. Für Benchmarks,
nicht zum Lernen.</translation>
    </message>
    <message>
        <source>number of cards (default 100000)</source>
        <translation>Anzahl der Karten (Vorgabe 100000)</translation>
    </message>
    <message>
        <source>number of review-log rows (default 1000000)</source>
        <translation>Anzahl der Zeilen im Wiederholungsprotokoll (Vorgabe 1000000)</translation>
    </message>
    <message>
        <source>seed of the pseudo-random choices (default 42)</source>
        <translation>Startwert der Pseudozufallsauswahl (Vorgabe 42)</translation>
    </message>
    <message>
        <source>Imports each FILE (.apkg .colpkg .anki2 .deck .txt .csv .tsv .xml .cards .db) in its own transaction:
a file that fails changes nothing. Before importing into a collection that has notes, a backup is
written to &lt;data dir&gt;/backups/. One result line per file on stdout; problems on stderr as
file:line: message.</source>
        <translation>Importiert jede DATEI (.apkg .colpkg .anki2 .deck .txt .csv .tsv .xml .cards .db) in einer eigenen
Transaktion: eine fehlgeschlagene Datei ändert nichts. Vor dem Import in eine Sammlung mit Notizen
wird eine Sicherung in &lt;Datenordner&gt;/backups/ geschrieben. Eine Ergebniszeile pro Datei auf der
Standardausgabe; Probleme auf der Standardfehlerausgabe als Datei:Zeile: Meldung.</translation>
    </message>
    <message>
        <source>target deck for text files (default: the file&apos;s #deck header, else Default)</source>
        <translation>Zielstapel für Textdateien (Vorgabe: die Kopfzeile #deck der Datei, sonst Default)</translation>
    </message>
    <message>
        <source>notetype for text files (default: #notetype header, else Basic)</source>
        <translation>Notiztyp für Textdateien (Vorgabe: Kopfzeile #notetype, sonst Basic)</translation>
    </message>
    <message>
        <source>text columns (1-based) to fields; FIELD may be tags, deck, guid, notetype;
columns not listed are skipped</source>
        <translation>Textspalten (ab 1 gezählt) zu Feldern; FIELD darf tags, deck, guid, notetype sein;
nicht genannte Spalten werden übersprungen</translation>
    </message>
    <message>
        <source>text separator: a character or tab, comma, semicolon, pipe, colon, space</source>
        <translation>Trennzeichen im Text: ein Zeichen oder tab, comma, semicolon, pipe, colon, space</translation>
    </message>
    <message>
        <source>the first text row holds column labels</source>
        <translation>die erste Textzeile enthält Spaltenüberschriften</translation>
    </message>
    <message>
        <source>drop imported scheduling and review history</source>
        <translation>importierte Planung und Wiederholungsverlauf verwerfen</translation>
    </message>
    <message>
        <source>existing notes: if-newer (default), always, never</source>
        <translation>vorhandene Notizen: if-newer (Vorgabe), always, never</translation>
    </message>
    <message>
        <source>Creates the collection in the data dir if it does not exist, and installs or updates the bundled
interview-prep decks (progress on existing cards is kept). Safe to run again.</source>
        <translation>Legt die Sammlung im Datenordner an, falls sie fehlt, und installiert oder aktualisiert die
mitgelieferten Stapel zur Interviewvorbereitung (der Fortschritt vorhandener Karten bleibt
erhalten). Kann gefahrlos erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source>create the collection only, without the bundled decks</source>
        <translation>nur die Sammlung anlegen, ohne die mitgelieferten Stapel</translation>
    </message>
    <message>
        <source>Checks .deck files (PATH is a file or a directory of *.deck files) and prints one
&apos;file:line: problem&apos; line per problem on stdout; ids must be unique across all PATHs.
Exit status: 0 clean, 1 problems found, 2 bad usage.</source>
        <translation>Prüft .deck-Dateien (PATH ist eine Datei oder ein Ordner mit *.deck-Dateien) und gibt pro Problem
eine Zeile &apos;Datei:Zeile: Problem&apos; auf der Standardausgabe aus; IDs müssen über alle PATHs
eindeutig sein. Exit-Status: 0 ohne Befund, 1 Probleme gefunden, 2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>also list every checklist id (a bullet starting with a bold id such as
&apos;- **S1-F2.3**&apos;) that no card covers</source>
        <translation>auch jede Checklisten-ID auflisten (ein Aufzählungspunkt, der mit einer fetten ID wie
&apos;- **S1-F2.3**&apos; beginnt), die keine Karte abdeckt</translation>
    </message>
    <message>
        <source>also flag runs of 10+ words shared with DIR/*.txt</source>
        <translation>auch Folgen von 10+ Wörtern melden, die mit DIR/*.txt übereinstimmen</translation>
    </message>
    <message>
        <source>Replays answers through the SM-2 scheduler with Anki&apos;s default options, every card starting
new, days rolling over at 04:00 UTC. No collection is read or written.

Input:  card_id,review_time,rating (unix seconds UTC; 1 again, 2 hard, 3 good, 4 easy;
        rows in time order, cards interleaved; FILE may be - for stdin)
Output: card_id,review_time,rating,state,interval_days,ease,due
        state learning/review/relearning; interval_days 0 until the card first graduates;
        ease in permille; due in unix seconds (a learning step&apos;s instant, or 04:00 UTC of
        the review day).</source>
        <translation>Spielt Antworten mit Ankis Standardoptionen durch den SM-2-Planer ab; jede Karte beginnt als
neu, der Tag wechselt um 04:00 UTC. Es wird keine Sammlung gelesen oder geschrieben.

Eingabe: card_id,review_time,rating (Unix-Sekunden UTC; 1 nochmal, 2 schwer, 3 gut, 4 leicht;
         Zeilen in zeitlicher Reihenfolge, Karten gemischt; DATEI darf - für stdin sein)
Ausgabe: card_id,review_time,rating,state,interval_days,ease,due
         state learning/review/relearning; interval_days 0, bis die Karte zum ersten Mal
         aufsteigt; ease in Promille; due in Unix-Sekunden (der Zeitpunkt eines Lernschritts
         oder 04:00 UTC des Wiederholungstags).</translation>
    </message>
    <message>
        <source>exact intervals (default: Anki&apos;s fuzz, seeded from card id + review count)</source>
        <translation>exakte Intervalle (Vorgabe: Ankis Zufallsstreuung, abgeleitet aus Karten-ID + Anzahl der Wiederholungen)</translation>
    </message>
    <message>
        <source>Writes a progress report on the collection (opened read-only, so the app may stay open):
answers per day, streaks, forecast, intervals, ease, hours, buttons, true retention, hardest
cards and interview readiness per topic (a topic is a tag, or the top-level deck of untagged
cards). Dates are YYYY-MM-DD local study days; the period defaults to all history.</source>
        <translation>Schreibt einen Fortschrittsbericht über die Sammlung (nur lesend geöffnet, die App darf also offen
bleiben): Antworten pro Tag, Serien, Prognose, Intervalle, Leichtigkeit, Tageszeiten, Tasten,
tatsächliche Behaltensquote, schwierigste Karten und Interviewbereitschaft pro Thema (ein Thema ist
ein Schlagwort oder der oberste Stapel von Karten ohne Schlagwort). Daten sind lokale Lerntage im
Format JJJJ-MM-TT; ohne Angabe umfasst der Zeitraum den ganzen Verlauf.</translation>
    </message>
    <message>
        <source>pdf, html (self-contained), csv (the review log; --summary: per topic),
json (schema docs/report-schema.json) or xlsx (its Review log
sheet: the latest 25,000 answers; csv has them all)</source>
        <translation>pdf, html (eigenständig), csv (das Wiederholungsprotokoll; --summary: pro Thema),
json (Schema docs/report-schema.json) oder xlsx (dessen Blatt „Review log“:
die letzten 25.000 Antworten; csv enthält alle)</translation>
    </message>
    <message>
        <source>where to write; &apos;-&apos; writes csv, json and html to stdout</source>
        <translation>Zieldatei; &apos;-&apos; schreibt csv, json und html auf die Standardausgabe</translation>
    </message>
    <message>
        <source>first study day of the period</source>
        <translation>erster Lerntag des Zeitraums</translation>
    </message>
    <message>
        <source>last study day of the period</source>
        <translation>letzter Lerntag des Zeitraums</translation>
    </message>
    <message>
        <source>interview date: is the pace enough to see every card and mature
--target-mature percent of them (default 80) by then?</source>
        <translation>Interviewtermin: reicht das Tempo, um bis dahin jede Karte zu sehen und
--target-mature Prozent davon (Vorgabe 80) reifen zu lassen?</translation>
    </message>
    <message>
        <source>share of cards to be mature by --target-date (default 80)</source>
        <translation>Anteil der Karten, die bis --target-date gereift sein sollen (Vorgabe 80)</translation>
    </message>
    <message>
        <source>csv: one row per topic instead of the review log</source>
        <translation>csv: eine Zeile pro Thema statt des Wiederholungsprotokolls</translation>
    </message>
    <message>
        <source>start CSV with a UTF-8 byte-order mark (for spreadsheet apps)</source>
        <translation>CSV mit einer UTF-8-Bytereihenfolgemarke beginnen (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>PDF paper: A4 or Letter (default: the locale&apos;s)</source>
        <translation>PDF-Papierformat: A4 oder Letter (Vorgabe: das des Gebietsschemas)</translation>
    </message>
    <message>
        <source>one combined report over these data folders (a row per learner and
topic); an unreadable collection is reported and skipped</source>
        <translation>ein gemeinsamer Bericht über diese Datenordner (eine Zeile pro Lernendem und
Thema); eine unlesbare Sammlung wird gemeldet und übersprungen</translation>
    </message>
    <message>
        <source>Statistics and readiness report (pdf, html, csv, json, xlsx)</source>
        <translation>Statistik- und Bereitschaftsbericht (pdf, html, csv, json, xlsx)</translation>
    </message>
    <message>
        <source>Finds cards (or notes with --notes) with the browser&apos;s search syntax, as Anki:
  words and &quot;phrases&quot; (* any run, _ one character), -negation, or, ( )
  field:text  deck:NAME  tag:NAME  note:TYPE  card:N|NAME  kind:pair|tree|layers|basic|cloze
  is:new|learn|review|due|suspended|buried|leech  flag:0-7  rated:DAYS[:1-4]  added:DAYS
  prop:ivl|due|ease|lapses|reps with = != &lt; &gt; &lt;= &gt;=  nid:ID,..  cid:ID,..
Prints one line per result (card id, note id, deck, sort field). Opens the collection
read-only, so it works while the app is open.</source>
        <translation>Findet Karten (oder mit --notes Notizen) mit der Suchsyntax des Browsers, wie in Anki:
  Wörter und &quot;Phrasen&quot; (* beliebige Folge, _ ein Zeichen), -Verneinung, or, ( )
  field:text  deck:NAME  tag:NAME  note:TYPE  card:N|NAME  kind:pair|tree|layers|basic|cloze
  is:new|learn|review|due|suspended|buried|leech  flag:0-7  rated:DAYS[:1-4]  added:DAYS
  prop:ivl|due|ease|lapses|reps mit = != &lt; &gt; &lt;= &gt;=  nid:ID,..  cid:ID,..
Gibt eine Zeile pro Treffer aus (Karten-ID, Notiz-ID, Stapel, Sortierfeld). Öffnet die Sammlung
nur lesend und funktioniert daher auch, während die App geöffnet ist.</translation>
    </message>
    <message>
        <source>find notes instead of cards</source>
        <translation>Notizen statt Karten finden</translation>
    </message>
    <message>
        <source>print the ids only</source>
        <translation>nur die IDs ausgeben</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>ein JSON-Array ausgeben</translation>
    </message>
    <message>
        <source>order by created (default), sort, deck, due, ivl, ease, reps, lapses or mod</source>
        <translation>sortieren nach created (Vorgabe), sort, deck, due, ivl, ease, reps, lapses oder mod</translation>
    </message>
    <message>
        <source>reverse the order</source>
        <translation>die Reihenfolge umkehren</translation>
    </message>
    <message>
        <source>end of options: the rest is the query</source>
        <translation>Ende der Optionen: der Rest ist die Suchanfrage</translation>
    </message>
    <message>
        <source>Answers up to N due cards with pseudo-random ratings, through the same code path as the app.
Each answer is committed in its own transaction; after each commit prints
&apos;answered &lt;card_id&gt; &lt;review_id&gt;&apos;. Stops early when nothing is due.</source>
        <translation>Beantwortet bis zu N fällige Karten mit pseudozufälligen Bewertungen, über denselben Codepfad
wie die App. Jede Antwort wird in einer eigenen Transaktion gespeichert; nach jedem Speichern
wird &apos;answered &lt;card_id&gt; &lt;review_id&gt;&apos; ausgegeben. Endet vorzeitig, wenn nichts mehr fällig ist.</translation>
    </message>
    <message>
        <source>answer up to N cards (required)</source>
        <translation>bis zu N Karten beantworten (erforderlich)</translation>
    </message>
    <message>
        <source>seed of the ratings (default 1)</source>
        <translation>Startwert der Bewertungen (Vorgabe 1)</translation>
    </message>
    <message>
        <source>data dir %1 is a file, not a folder</source>
        <translation>der Datenordner %1 ist eine Datei, kein Ordner</translation>
    </message>
    <message>
        <source>no collection in %1 (create one with: debrief-cli --data-dir %1 init)</source>
        <translation>keine Sammlung in %1 (eine anlegen mit: debrief-cli --data-dir %1 init)</translation>
    </message>
    <message>
        <source>cannot create data dir %1</source>
        <translation>kann den Datenordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>data dir %1 is not writable</source>
        <translation>der Datenordner %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>%1: no deck named &apos;%2&apos;</source>
        <translation>%1: kein Stapel namens &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <extracomment>%1 is the command (add, check, decks...), %2 what the user typed</extracomment>
        <translation>%1: unerwartetes Argument &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: %2 needs a value</source>
        <extracomment>%1 is the command (add, lint, report), %2 its option (--deck...)</extracomment>
        <translation>%1: %2 braucht einen Wert</translation>
    </message>
    <message>
        <source>add: --deck and --front are required (and must not be empty)</source>
        <translation>add: --deck und --front sind erforderlich (und dürfen nicht leer sein)</translation>
    </message>
    <message>
        <source>backup: cannot create %1</source>
        <translation>backup: kann %1 nicht anlegen</translation>
    </message>
    <message>
        <source>backup: %1 already exists; not overwriting it</source>
        <translation>backup: %1 existiert bereits; wird nicht überschrieben</translation>
    </message>
    <message>
        <source>restore: expected exactly one backup file</source>
        <translation>restore: genau eine Sicherungsdatei erwartet</translation>
    </message>
    <message>
        <source>restore: %1 does not exist</source>
        <translation>restore: %1 existiert nicht</translation>
    </message>
    <message>
        <source>restore: cannot create data dir %1</source>
        <translation>restore: kann den Datenordner %1 nicht anlegen</translation>
    </message>
    <message numerus="yes">
        <source>check: %n problem(s) found</source>
        <translation>
            <numerusform>check: %n Problem gefunden</numerusform>
            <numerusform>check: %n Probleme gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>due: --deck needs a deck name</source>
        <translation>due: --deck braucht einen Stapelnamen</translation>
    </message>
    <message>
        <source>export: --format needs a value</source>
        <translation>export: --format braucht einen Wert</translation>
    </message>
    <message>
        <source>export: --deck needs a name</source>
        <translation>export: --deck braucht einen Namen</translation>
    </message>
    <message>
        <source>export: --out needs a file</source>
        <translation>export: --out braucht eine Datei</translation>
    </message>
    <message>
        <source>export: unexpected argument &apos;%1&apos; (see debrief-cli export --help)</source>
        <translation>export: unerwartetes Argument &apos;%1&apos; (siehe debrief-cli export --help)</translation>
    </message>
    <message>
        <source>export: need --format apkg|csv|tsv|deck and --out FILE</source>
        <translation>export: --format apkg|csv|tsv|deck und --out FILE sind nötig</translation>
    </message>
    <message>
        <source>export: --format deck needs --deck NAME</source>
        <translation>export: --format deck braucht --deck NAME</translation>
    </message>
    <message>
        <source>generate: %1 needs a number, not &apos;%2&apos;</source>
        <translation>generate: %1 braucht eine Zahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>generate: %1 already exists; choose an empty --data-dir</source>
        <translation>generate: %1 existiert bereits; bitte ein leeres --data-dir wählen</translation>
    </message>
    <message>
        <source>generate: cannot create the folder %1</source>
        <translation>generate: kann den Ordner %1 nicht anlegen</translation>
    </message>
    <message>
        <source>import: --deck needs a name</source>
        <translation>import: --deck braucht einen Namen</translation>
    </message>
    <message>
        <source>import: --notetype needs a name</source>
        <translation>import: --notetype braucht einen Namen</translation>
    </message>
    <message>
        <source>import: --map needs COL=FIELD,...</source>
        <translation>import: --map braucht COL=FIELD,...</translation>
    </message>
    <message>
        <source>import: --map: &apos;%1&apos; is not COL=FIELD with a column number from 1</source>
        <translation>import: --map: &apos;%1&apos; ist nicht COL=FIELD mit einer Spaltennummer ab 1</translation>
    </message>
    <message>
        <source>import: --separator needs a character</source>
        <translation>import: --separator braucht ein Zeichen</translation>
    </message>
    <message>
        <source>import: --separator: &apos;%1&apos; is not a character or a separator name</source>
        <translation>import: --separator: &apos;%1&apos; ist weder ein Zeichen noch der Name eines Trennzeichens</translation>
    </message>
    <message>
        <source>import: --update needs if-newer, always or never</source>
        <translation>import: --update braucht if-newer, always oder never</translation>
    </message>
    <message>
        <source>import: --update: &apos;%1&apos; is not if-newer, always or never</source>
        <translation>import: --update: &apos;%1&apos; ist weder if-newer noch always noch never</translation>
    </message>
    <message>
        <source>%1: unknown option %2 (see debrief-cli %1 --help)</source>
        <extracomment>%1 is the command (import, lint, replay, search), %2 the option the user typed</extracomment>
        <translation>%1: unbekannte Option %2 (siehe debrief-cli %1 --help)</translation>
    </message>
    <message>
        <source>import: no FILE given (see debrief-cli import --help)</source>
        <translation>import: keine Datei angegeben (siehe debrief-cli import --help)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>init: the bundled decks could not be installed</source>
        <translation>init: die mitgelieferten Stapel konnten nicht installiert werden</translation>
    </message>
    <message>
        <source>lint: no deck file or directory given (see debrief-cli lint --help)</source>
        <translation>lint: weder Stapeldatei noch Ordner angegeben (siehe debrief-cli lint --help)</translation>
    </message>
    <message numerus="yes">
        <source>lint: %n problem(s) found; files: %1, notes: %2</source>
        <translation>
            <numerusform>lint: %n Problem gefunden; Dateien: %1, Notizen: %2</numerusform>
            <numerusform>lint: %n Probleme gefunden; Dateien: %1, Notizen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>expected 3 columns (card_id,review_time,rating), found %1</source>
        <translation>3 Spalten erwartet (card_id,review_time,rating), %1 gefunden</translation>
    </message>
    <message>
        <source>card_id &apos;%1&apos; is not a whole number</source>
        <translation>card_id &apos;%1&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>review_time &apos;%1&apos; is not a whole number of seconds</source>
        <translation>review_time &apos;%1&apos; ist keine ganze Zahl von Sekunden</translation>
    </message>
    <message>
        <source>rating &apos;%1&apos; is not 1, 2, 3 or 4</source>
        <translation>rating &apos;%1&apos; ist nicht 1, 2, 3 oder 4</translation>
    </message>
    <message>
        <source>replay: one input file only, got &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>replay: nur eine Eingabedatei erlaubt, erhalten: &apos;%1&apos; und &apos;%2&apos;</translation>
    </message>
    <message>
        <source>replay: cannot read %1: %2</source>
        <translation>replay: kann %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>replay: %1, line %2: %3</source>
        <translation>replay: %1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>expected the header &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>Kopfzeile &apos;%1&apos; erwartet, &apos;%2&apos; gefunden</translation>
    </message>
    <message>
        <source>review_time %1 is earlier than the row before (%2); rows must be in time order</source>
        <translation>review_time %1 liegt vor dem der vorigen Zeile (%2); die Zeilen müssen zeitlich geordnet sein</translation>
    </message>
    <message>
        <source>the file is empty; expected the header &apos;%1&apos;</source>
        <translation>die Datei ist leer; Kopfzeile &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>kann nicht auf die Standardausgabe schreiben</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kann %1 nicht schreiben: %2</translation>
    </message>
    <message>
        <source>report: --cohort needs at least one data folder</source>
        <translation>report: --cohort braucht mindestens einen Datenordner</translation>
    </message>
    <message>
        <source>report: --target-mature takes a percentage in 1..100</source>
        <translation>report: --target-mature nimmt einen Prozentsatz von 1 bis 100</translation>
    </message>
    <message>
        <source>report: %1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>report: %1: &apos;%2&apos; ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>report: --format must be one of pdf, html, csv, json, xlsx</source>
        <translation>report: --format muss pdf, html, csv, json oder xlsx sein</translation>
    </message>
    <message>
        <source>report: --out FILE is required</source>
        <translation>report: --out FILE ist erforderlich</translation>
    </message>
    <message>
        <source>report: %1 needs a file for --out</source>
        <translation>report: %1 braucht eine Datei für --out</translation>
    </message>
    <message>
        <source>report: --since is after --until</source>
        <translation>report: --since liegt nach --until</translation>
    </message>
    <message>
        <source>report: --page-size must be A4 or Letter</source>
        <translation>report: --page-size muss A4 oder Letter sein</translation>
    </message>
    <message>
        <source>report: skipped %1: %2</source>
        <translation>report: %1 übersprungen: %2</translation>
    </message>
    <message>
        <source>report: no readable collection in the cohort</source>
        <translation>report: keine lesbare Sammlung in der Kohorte</translation>
    </message>
    <message>
        <source>search: --sort needs one of created, sort, deck, due, ivl, ease, reps, lapses, mod</source>
        <translation>search: --sort braucht einen der Werte created, sort, deck, due, ivl, ease, reps, lapses, mod</translation>
    </message>
    <message>
        <source>search: note %1 has no cards</source>
        <translation>search: Notiz %1 hat keine Karten</translation>
    </message>
    <message>
        <source>Find cards or notes with Anki&apos;s search syntax</source>
        <translation>Karten oder Notizen mit Ankis Suchsyntax finden</translation>
    </message>
    <message>
        <source>study: %1 needs a non-negative whole number, not &apos;%2&apos;</source>
        <translation>study: %1 braucht eine nicht negative ganze Zahl, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>study: only --auto N is supported on the command line</source>
        <translation>study: auf der Kommandozeile wird nur --auto N unterstützt</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 braucht einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1 (see debrief-cli --help)</source>
        <translation>unbekannte Option %1 (siehe debrief-cli --help)</translation>
    </message>
    <message>
        <source>--now: &apos;%1&apos; is not an ISO 8601 date-time (e.g. 2026-01-31T09:00:00Z)</source>
        <translation>--now: &apos;%1&apos; ist kein Datum mit Uhrzeit nach ISO 8601 (z. B. 2026-01-31T09:00:00Z)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see debrief-cli --help)</source>
        <translation>unbekannter Befehl &apos;%1&apos; (siehe debrief-cli --help)</translation>
    </message>
</context>
<context>
    <name>debrief::AboutDialog</name>
    <message>
        <source>Debrief %1</source>
        <translation>Debrief %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2, the Qt %3 flavour)</source>
        <translation>Qt %1 (erstellt mit Qt %2, Variante Qt %3)</translation>
    </message>
    <message>
        <source>Code highlighting on cards: %1</source>
        <translation>Code-Hervorhebung auf Karten: %1</translation>
    </message>
    <message>
        <source>available (KSyntaxHighlighting)</source>
        <translation>verfügbar (KSyntaxHighlighting)</translation>
    </message>
    <message>
        <source>not in this build (code is shown plain)</source>
        <translation>nicht in diesem Build (Code wird ohne Hervorhebung gezeigt)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>Sammlung: %1</translation>
    </message>
    <message>
        <source>About Debrief</source>
        <translation>Über Debrief</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Debrief %1&lt;/h2&gt;&lt;p&gt;Spaced repetition for AI/ML interview preparation.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Debrief %1&lt;/h2&gt;&lt;p&gt;Verteilte Wiederholung zur Vorbereitung auf KI/ML-Vorstellungsgespräche.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>debrief::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups are taken before imports, deck deletions and restores, and when Debrief closes (Preferences ▸ Automatic backups). Folder: %1</source>
        <translation>Sicherungen werden vor Importen, dem Löschen von Stapeln und Wiederherstellungen angelegt sowie beim Beenden von Debrief (Einstellungen ▸ Automatische Sicherungen). Ordner: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Karten</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert nach %1.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the whole collection with the backup of %1 (%2 cards)? Everything done since is lost.

The collection as it is now is backed up first, so this can be undone from this list.</source>
        <translation>Die gesamte Sammlung durch die Sicherung vom %1 (%2 Karten) ersetzen? Alles, was seitdem geschehen ist, geht verloren.

Die Sammlung wird vorher in ihrem jetzigen Zustand gesichert, sodass sich dies über diese Liste rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup of the current collection failed (%1).</source>
        <translation>Nichts wurde wiederhergestellt: Die Sicherung der aktuellen Sammlung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nichts wurde wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Restored %1. The collection as it was before is in %2.</source>
        <translation>%1 wiederhergestellt. Die vorherige Sammlung liegt in %2.</translation>
    </message>
</context>
<context>
    <name>debrief::BrowserActions</name>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
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
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Note saved. Ctrl+Z undoes it.</source>
        <translation>Notiz gespeichert. Strg+Z macht es rückgängig.</translation>
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
</context>
<context>
    <name>debrief::BrowserMenus</name>
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
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
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
        <source>Move the selected cards to the deck (a new name creates it):</source>
        <translation>Die gewählten Karten in diesen Stapel verschieben (ein neuer Name legt ihn an):</translation>
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
        <source>Tags, separated by spaces:</source>
        <translation>Schlagwörter, durch Leerzeichen getrennt:</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Suchen und ersetzen</translation>
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
</context>
<context>
    <name>debrief::BrowserSidebar</name>
    <message>
        <source>Decks, tags and card kinds</source>
        <translation>Stapel, Schlagwörter und Kartenarten</translation>
    </message>
    <message>
        <source>Click to search for it</source>
        <translation>Zum Suchen anklicken</translation>
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
</context>
<context>
    <name>debrief::BrowserWindow</name>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
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
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Name der gespeicherten Suche:</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>Notiz &amp;speichern</translation>
    </message>
    <message>
        <source>Save the edited note (Ctrl+Enter); Ctrl+Z undoes it</source>
        <translation>Die bearbeitete Notiz speichern (Strg+Eingabe); Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>Save your changes to this note before closing?</source>
        <translation>Ihre Änderungen an dieser Notiz vor dem Schließen speichern?</translation>
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
    <name>debrief::DeckActions</name>
    <message>
        <source>D&amp;ecks</source>
        <translation>&amp;Stapel</translation>
    </message>
    <message>
        <source>&amp;New Deck…</source>
        <translation>&amp;Neuer Stapel…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Description…</source>
        <translation>&amp;Beschreibung…</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>&amp;Optionen…</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo Delete of “%1”</source>
        <translation>Löschen von „%1“ &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>A deck named “%1” already exists.</source>
        <translation>Ein Stapel namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Could not create the deck: %1</source>
        <translation>Der Stapel konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Created deck “%1”.</source>
        <translation>Stapel „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Could not rename “%1”: %2</source>
        <translation>„%1“ konnte nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>“%1” cannot go inside itself.</source>
        <translation>„%1“ kann nicht in sich selbst liegen.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the backup failed (%1).</source>
        <translation>Nichts wurde gelöscht: Die Sicherung ist fehlgeschlagen (%1).</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” and %n card(s). Ctrl+Z on the deck list brings them back until Debrief closes.</source>
        <translation>
            <numerusform>„%1“ und %n Karte gelöscht. Strg+Z in der Stapelliste holt sie zurück, bis Debrief beendet wird.</numerusform>
            <numerusform>„%1“ und %n Karten gelöscht. Strg+Z in der Stapelliste holt sie zurück, bis Debrief beendet wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not bring back “%1”: %2. The backup %3 still holds it (File ▸ Backups).</source>
        <translation>„%1“ konnte nicht zurückgeholt werden: %2. Die Sicherung %3 enthält ihn noch (Datei ▸ Sicherungen).</translation>
    </message>
    <message numerus="yes">
        <source>Brought back “%1” and %n card(s).</source>
        <translation>
            <numerusform>„%1“ und %n Karte zurückgeholt.</numerusform>
            <numerusform>„%1“ und %n Karten zurückgeholt.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Deck</source>
        <translation>Neuer Stapel</translation>
    </message>
    <message>
        <source>Name (“::” makes a subdeck, as in Parent::Child):</source>
        <translation>Name („::“ erzeugt einen Unterstapel, wie in Eltern::Kind):</translation>
    </message>
    <message>
        <source>Rename Deck</source>
        <translation>Stapel umbenennen</translation>
    </message>
    <message>
        <source>New name (“::” moves it into a parent; remove the prefix to move it out):</source>
        <translation>Neuer Name („::“ verschiebt ihn in einen übergeordneten Stapel; ohne Präfix wird er wieder herausgelöst):</translation>
    </message>
    <message>
        <source>The Default deck cannot be deleted.</source>
        <translation>Der Standardstapel kann nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”, its subdecks and their %n card(s)?</source>
        <translation>
            <numerusform>„%1“, seine Unterstapel und deren %n Karte löschen?</numerusform>
            <numerusform>„%1“, seine Unterstapel und deren %n Karten löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n card(s)?</source>
        <translation>
            <numerusform>„%1“ und seine %n Karte löschen?</numerusform>
            <numerusform>„%1“ und seine %n Karten löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Deck</source>
        <translation>Stapel löschen</translation>
    </message>
    <message>
        <source>A backup is taken first, and Decks ▸ Undo Delete (Ctrl+Z on the deck list) brings it back until Debrief closes.</source>
        <translation>Vorher wird eine Sicherung angelegt, und Stapel ▸ Löschen rückgängig machen (Strg+Z in der Stapelliste) holt ihn zurück, bis Debrief beendet wird.</translation>
    </message>
    <message>
        <source>Deck Description</source>
        <translation>Stapelbeschreibung</translation>
    </message>
    <message>
        <source>Shown beside the deck list for “%1”:</source>
        <translation>Wird neben der Stapelliste für „%1“ angezeigt:</translation>
    </message>
    <message>
        <source>Options saved.</source>
        <translation>Optionen gespeichert.</translation>
    </message>
</context>
<context>
    <name>debrief::DeckOptionsDialog</name>
    <message>
        <source>Options for %1</source>
        <translation>Optionen für %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <source>Decks that share a preset share all these options.</source>
        <translation>Stapel mit derselben Voreinstellung teilen alle diese Optionen.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>A new preset with the default options</source>
        <translation>Eine neue Voreinstellung mit den Standardoptionen</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Klonen</translation>
    </message>
    <message>
        <source>A new preset with these options</source>
        <translation>Eine neue Voreinstellung mit diesen Optionen</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Rename this preset</source>
        <translation>Diese Voreinstellung umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete this preset; its decks go back to Default</source>
        <translation>Diese Voreinstellung löschen; ihre Stapel fallen auf Standard zurück</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Daily Limits</source>
        <translation>Tageslimits</translation>
    </message>
    <message>
        <source>New cards/day:</source>
        <translation>Neue Karten/Tag:</translation>
    </message>
    <message>
        <source>Maximum reviews/day:</source>
        <translation>Maximale Wiederholungen/Tag:</translation>
    </message>
    <message>
        <source>New Cards</source>
        <translation>Neue Karten</translation>
    </message>
    <message>
        <source>e.g. 1m 10m 1h 1d</source>
        <translation>z. B. 1m 10m 1h 1d</translation>
    </message>
    <message>
        <source>Delays between showings of a new card: numbers with s, m, h or d, separated by spaces.</source>
        <translation>Abstände zwischen den Anzeigen einer neuen Karte: Zahlen mit s, m, h oder d, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>In the order added</source>
        <translation>In der Reihenfolge des Hinzufügens</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Learning steps:</source>
        <translation>Lernschritte:</translation>
    </message>
    <message>
        <source>Graduating interval:</source>
        <translation>Abschlussintervall:</translation>
    </message>
    <message>
        <source>Easy interval:</source>
        <translation>Intervall bei „Leicht“:</translation>
    </message>
    <message>
        <source>New card order:</source>
        <translation>Reihenfolge neuer Karten:</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>e.g. 10m</source>
        <translation>z. B. 10m</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The interval after a lapse, as a share of the one before (0 %: start again from the minimum).</source>
        <translation>Das Intervall nach dem Vergessen, als Anteil des vorherigen (0 %: wieder beim Minimum beginnen).</translation>
    </message>
    <message>
        <source> lapses</source>
        <translation> Mal vergessen</translation>
    </message>
    <message>
        <source>Tag only</source>
        <translation>Nur Schlagwort setzen</translation>
    </message>
    <message>
        <source>Suspend card</source>
        <translation>Karte aussetzen</translation>
    </message>
    <message>
        <source>Relearning steps:</source>
        <translation>Schritte beim Neulernen:</translation>
    </message>
    <message>
        <source>New interval:</source>
        <translation>Neues Intervall:</translation>
    </message>
    <message>
        <source>Minimum interval:</source>
        <translation>Minimales Intervall:</translation>
    </message>
    <message>
        <source>Leech threshold:</source>
        <translation>Schwelle für Problemkarten:</translation>
    </message>
    <message>
        <source>Leech action:</source>
        <translation>Aktion bei Problemkarten:</translation>
    </message>
    <message>
        <source>Burying</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <source>Bury new siblings until the next day</source>
        <translation>Neue Geschwisterkarten bis zum nächsten Tag zurückstellen</translation>
    </message>
    <message>
        <source>Bury review siblings until the next day</source>
        <translation>Zu wiederholende Geschwisterkarten bis zum nächsten Tag zurückstellen</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Spread reviews a little (fuzz) so cards added together do not fall due together</source>
        <translation>Wiederholungen etwas streuen, damit gemeinsam hinzugefügte Karten nicht gleichzeitig fällig werden</translation>
    </message>
    <message>
        <source>Maximum interval:</source>
        <translation>Maximales Intervall:</translation>
    </message>
    <message>
        <source>Starting ease:</source>
        <translation>Anfangsleichtigkeit:</translation>
    </message>
    <message>
        <source>Easy bonus:</source>
        <translation>Bonus für „Leicht“:</translation>
    </message>
    <message>
        <source>Interval modifier:</source>
        <translation>Intervallfaktor:</translation>
    </message>
    <message>
        <source>Hard interval:</source>
        <translation>Intervall bei „Schwer“:</translation>
    </message>
    <message>
        <source>Anki&apos;s defaults for this preset (saved on OK)</source>
        <translation>Ankis Standardwerte für diese Voreinstellung (gespeichert mit OK)</translation>
    </message>
    <message>
        <source>Add Preset</source>
        <translation>Voreinstellung hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Clone Preset</source>
        <translation>Voreinstellung klonen</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>Voreinstellung umbenennen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (used by %n deck(s))</source>
        <translation>
            <numerusform>%1 (von %n Stapel verwendet)</numerusform>
            <numerusform>%1 (von %n Stapeln verwendet)</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning steps: %1</source>
        <translation>Lernschritte: %1</translation>
    </message>
    <message>
        <source>Relearning steps: %1</source>
        <translation>Schritte beim Neulernen: %1</translation>
    </message>
    <message>
        <source>The easy interval (%1 days) must not be shorter than the graduating interval (%2 days).</source>
        <translation>Das Intervall bei „Leicht“ (%1 Tage) darf nicht kürzer sein als das Abschlussintervall (%2 Tage).</translation>
    </message>
    <message>
        <source>The maximum interval must not be shorter than the minimum interval after a lapse.</source>
        <translation>Das maximale Intervall darf nicht kürzer sein als das minimale Intervall nach dem Vergessen.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Nichts wurde gespeichert: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This deck, today only&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dieser Stapel, nur heute&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Limits for this deck alone that end at the next day rollover; the preset&apos;s apply again after.</source>
        <translation>Limits nur für diesen Stapel, die mit dem nächsten Tageswechsel enden; danach gelten wieder die der Voreinstellung.</translation>
    </message>
    <message>
        <source>New cards today:</source>
        <translation>Neue Karten heute:</translation>
    </message>
    <message>
        <source>Reviews today:</source>
        <translation>Wiederholungen heute:</translation>
    </message>
    <message>
        <source>Bury interday learning siblings until the next day</source>
        <translation>Geschwisterkarten im tageübergreifenden Lernen bis zum nächsten Tag zurückstellen</translation>
    </message>
    <message>
        <source>Siblings on a learning step of a day or more wait for the next day too.</source>
        <translation>Auch Geschwisterkarten in einem Lernschritt von einem Tag oder mehr warten bis zum nächsten Tag.</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Show answer timer</source>
        <translation>Antwort-Timer anzeigen</translation>
    </message>
    <message>
        <source>The reviewer shows how long you have spent on the card.</source>
        <translation>Beim Lernen wird angezeigt, wie lange Sie schon an der Karte sind.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The countdown for each spoken answer in rehearsal mode, %1 to %2 seconds.</source>
        <translation>Der Countdown für jede gesprochene Antwort beim Einüben, %1 bis %2 Sekunden.</translation>
    </message>
    <message>
        <source>Rehearsal time per answer:</source>
        <translation>Zeit pro Antwort beim Einüben:</translation>
    </message>
</context>
<context>
    <name>debrief::EditorDialog</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Die Notiz hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Die Notiz speichern (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Add the note you have typed before closing?</source>
        <translation>Die eingegebene Notiz vor dem Schließen hinzufügen?</translation>
    </message>
    <message>
        <source>Save your changes to this note before closing?</source>
        <translation>Ihre Änderungen an dieser Notiz vor dem Schließen speichern?</translation>
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
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>%1 was not written: cannot write to %2</source>
        <translation>%1 wurde nicht geschrieben: Kann nicht in %2 schreiben</translation>
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
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Add a note to the selected deck (A)</source>
        <translation>Eine Notiz zum gewählten Stapel hinzufügen (A)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added.</source>
        <translation>
            <numerusform>%n Notiz hinzugefügt.</numerusform>
            <numerusform>%n Notizen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please wait: Debrief is still writing to the collection.</source>
        <translation>Bitte warten: Debrief schreibt noch in die Sammlung.</translation>
    </message>
    <message>
        <source>Checking the collection…</source>
        <translation>Die Sammlung wird geprüft…</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <source>Options saved.</source>
        <translation>Optionen gespeichert.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>The collection is now in %1.</source>
        <translation>Die Sammlung befindet sich jetzt in %1.</translation>
    </message>
</context>
<context>
    <name>debrief::MediaAnswerRecorder</name>
    <message>
        <source>No microphone found.</source>
        <translation>Kein Mikrofon gefunden.</translation>
    </message>
</context>
<context>
    <name>debrief::NoteEditor</name>
    <message>
        <source>Note type</source>
        <translation>Notiztyp</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>The deck the new cards go to; type a new name (Parent::Child) to create one</source>
        <translation>Der Stapel für die neuen Karten; geben Sie einen neuen Namen ein (Eltern::Kind), um ihn anzulegen</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>&amp;Stapel:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Tags, separated by spaces (Parent::child for a hierarchy)</source>
        <translation>Schlagwörter, durch Leerzeichen getrennt (Eltern::Kind für eine Hierarchie)</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>Card to preview</source>
        <translation>Karte für die Vorschau</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note</source>
        <translation>Strg+Eingabe fügt die Notiz hinzu</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note</source>
        <translation>Strg+Eingabe speichert die Notiz</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Weak answer (what a weak candidate says)</source>
        <translation>Schwache Antwort (was ein schwacher Kandidat sagt)</translation>
    </message>
    <message>
        <source>Strong answer (about 20 words)</source>
        <translation>Starke Antwort (etwa 20 Wörter)</translation>
    </message>
    <message>
        <source>Why the strong answer wins</source>
        <translation>Warum die starke Antwort überzeugt</translation>
    </message>
    <message>
        <source>Model answer (optional, 80 to 150 words)</source>
        <translation>Musterantwort (optional, 80 bis 150 Wörter)</translation>
    </message>
    <message>
        <source>Key points (one per line, ticked in rehearsal)</source>
        <translation>Kernpunkte (einer pro Zeile, beim Einüben abgehakt)</translation>
    </message>
    <message>
        <source>Root (the failure)</source>
        <translation>Wurzel (der Fehler)</translation>
    </message>
    <message>
        <source>Branches: causes, how to detect and fix each</source>
        <translation>Zweige: Ursachen, wie man jede erkennt und behebt</translation>
    </message>
    <message>
        <source>Layers: metrics, and the decision each drives</source>
        <translation>Ebenen: Metriken und die Entscheidung, die jede steuert</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate: %n other note(s) of this type have the same %1.</source>
        <translation>
            <numerusform>Duplikat: %n andere Notiz dieses Typs hat dasselbe Feld %1.</numerusform>
            <numerusform>Duplikat: %n andere Notizen dieses Typs haben dasselbe Feld %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole tree</source>
        <translation>Ganzer Baum</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>Zweig %1</translation>
    </message>
    <message>
        <source>Whole stack</source>
        <translation>Alle Ebenen</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Ebene %1</translation>
    </message>
    <message>
        <source>Cloze %1</source>
        <translation>Lücke %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Karte %1</translation>
    </message>
    <message>
        <source>Choose a deck for the new cards.</source>
        <translation>Wählen Sie einen Stapel für die neuen Karten.</translation>
    </message>
    <message>
        <source>The note is empty: type its fields first.</source>
        <translation>Die Notiz ist leer: Füllen Sie zuerst ihre Felder aus.</translation>
    </message>
    <message numerus="yes">
        <source>Added, with %n card(s).</source>
        <translation>
            <numerusform>Hinzugefügt, mit %n Karte.</numerusform>
            <numerusform>Hinzugefügt, mit %n Karten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>No preview: this note holds %1 characters, more than the preview draws while you type (%2). It is saved in full.</source>
        <translation>Keine Vorschau: Diese Notiz enthält %1 Zeichen, mehr als die Vorschau während der Eingabe darstellt (%2). Sie wird vollständig gespeichert.</translation>
    </message>
    <message>
        <source>The first field (%1) is empty or holds only formatting: type its text first; nothing was saved.</source>
        <translation>Das erste Feld (%1) ist leer oder enthält nur Formatierung: Geben Sie zuerst seinen Text ein; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>debrief::OutlineEditor</name>
    <message>
        <source>Branches</source>
        <translation>Zweige</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>How to detect it</source>
        <translation>Wie man sie erkennt</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Wie man sie behebt</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Decision it drives</source>
        <translation>Entscheidung, die sie steuert</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell. Insert adds a branch, Ctrl+Insert a sub-branch, Delete removes; Alt+arrows move, indent and outdent.</source>
        <translation>F2 oder Tippen bearbeitet eine Zelle. Einfg fügt einen Zweig hinzu, Strg+Einfg einen Unterzweig, Entf entfernt; Alt+Pfeiltasten verschieben, rücken ein und aus.</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell. Insert adds a layer, Delete removes; Alt+Up and Alt+Down move.</source>
        <translation>F2 oder Tippen bearbeitet eine Zelle. Einfg fügt eine Ebene hinzu, Entf entfernt; Alt+Auf und Alt+Ab verschieben.</translation>
    </message>
    <message>
        <source>Add Branch</source>
        <translation>Zweig hinzufügen</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>Ebene hinzufügen</translation>
    </message>
    <message>
        <source>Add Sub-branch</source>
        <translation>Unterzweig hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Ausrücken</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Einrücken</translation>
    </message>
    <message>
        <source>Branch %1 is a sub-branch %2 levels below the top; a tree holds them at most %3 levels deep. Move it up a level (Alt+Left).</source>
        <translation>Zweig %1 ist ein Unterzweig %2 Ebenen unter der obersten; ein Baum fasst sie höchstens %3 Ebenen tief. Rücken Sie ihn eine Ebene nach oben (Alt+Links).</translation>
    </message>
    <message>
        <source>Branch %1, %2</source>
        <translation>Zweig %1, %2</translation>
    </message>
    <message>
        <source>Layer %1, %2</source>
        <translation>Ebene %1, %2</translation>
    </message>
    <message>
        <source>Branch %1 has no cause: type one, or remove the branch (Delete).</source>
        <translation>Zweig %1 hat keine Ursache: Geben Sie eine ein, oder entfernen Sie den Zweig (Entf).</translation>
    </message>
    <message>
        <source>Layer %1 has no name: type one, or remove the layer (Delete).</source>
        <translation>Ebene %1 hat keinen Namen: Geben Sie einen ein, oder entfernen Sie die Ebene (Entf).</translation>
    </message>
    <message>
        <source>A tree needs at least one branch: add one (Insert).</source>
        <translation>Ein Baum braucht mindestens einen Zweig: Fügen Sie einen hinzu (Einfg).</translation>
    </message>
    <message>
        <source>A layers note needs at least one layer: add one (Insert).</source>
        <translation>Eine Ebenen-Notiz braucht mindestens eine Ebene: Fügen Sie eine hinzu (Einfg).</translation>
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
    <name>debrief::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies from Debrief&apos;s next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Debrief.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Text size on cards, in percent of the normal size; applies to cards shown from now on.</source>
        <translation>Textgröße auf Karten, in Prozent der normalen Größe; gilt für alle ab jetzt gezeigten Karten.</translation>
    </message>
    <message>
        <source>Card &amp;text size:</source>
        <translation>&amp;Textgröße auf Karten:</translation>
    </message>
    <message>
        <source>Studying (this collection)</source>
        <translation>Lernen (diese Sammlung)</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>The hour a new study day starts, in local time.</source>
        <translation>Die Stunde, zu der ein neuer Lerntag beginnt, in Ortszeit.</translation>
    </message>
    <message>
        <source>Next day starts at:</source>
        <translation>Nächster Tag beginnt um:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>When nothing else is due, learning cards due within this time are shown early.</source>
        <translation>Wenn sonst nichts fällig ist, werden Lernkarten, die innerhalb dieser Zeit fällig werden, vorzeitig gezeigt.</translation>
    </message>
    <message>
        <source>Learn ahead limit:</source>
        <translation>Vorauslernen bis:</translation>
    </message>
    <message>
        <source>Learner &amp;name (reports):</source>
        <translation>&amp;Name des Lernenden (Berichte):</translation>
    </message>
    <message>
        <source>Interview on</source>
        <translation>Vorstellungsgespräch am</translation>
    </message>
    <message>
        <source>Target date (reports):</source>
        <translation>Zieldatum (Berichte):</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Automatische Sicherungen</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>On closing Debrief, a backup is taken when the newest one is older than this.</source>
        <translation>Beim Beenden von Debrief wird eine Sicherung angelegt, wenn die neueste älter als dies ist.</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Sichern alle:</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>Die neuesten behalten:</translation>
    </message>
    <message>
        <source>The study settings were not saved: %1</source>
        <translation>Die Lerneinstellungen wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben…</translation>
    </message>
    <message>
        <source>Move the collection, its media and its backups to another folder</source>
        <translation>Die Sammlung, ihre Medien und ihre Sicherungen in einen anderen Ordner verschieben</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Speicher&amp;ort:</translation>
    </message>
    <message>
        <source>Move the Collection To</source>
        <translation>Sammlung verschieben nach</translation>
    </message>
    <message>
        <source>Moving the collection…</source>
        <translation>Die Sammlung wird verschoben…</translation>
    </message>
    <message>
        <source>The collection was not moved: %1</source>
        <translation>Die Sammlung wurde nicht verschoben: %1</translation>
    </message>
    <message>
        <source>The collection is now in %1.</source>
        <translation>Die Sammlung befindet sich jetzt in %1.</translation>
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
    <message>
        <source>Play your recording (R)</source>
        <translation>Ihre Aufnahme abspielen (R)</translation>
    </message>
    <message>
        <source>Recording failed (%1): type your answer.</source>
        <translation>Aufnahme fehlgeschlagen (%1): Tippen Sie Ihre Antwort.</translation>
    </message>
    <message>
        <source>Recording: speak your answer aloud (typing its key points is optional).</source>
        <translation>Aufnahme: Sprechen Sie Ihre Antwort laut (die Kernpunkte zu tippen ist optional).</translation>
    </message>
    <message>
        <source>Each card&apos;s deck options set its time; a change here holds for the rest of this drill.</source>
        <translation>Die Zeit jeder Karte kommt aus den Optionen ihres Stapels; eine Änderung hier gilt für den Rest dieses Trainings.</translation>
    </message>
</context>
<context>
    <name>debrief::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (printable, with charts)</source>
        <translation>PDF (druckbar, mit Diagrammen)</translation>
    </message>
    <message>
        <source>HTML (one self-contained page)</source>
        <translation>HTML (eine eigenständige Seite)</translation>
    </message>
    <message>
        <source>CSV (the review log, one row per answer)</source>
        <translation>CSV (das Wiederholungsprotokoll, eine Zeile pro Antwort)</translation>
    </message>
    <message>
        <source>JSON (every statistic, for other tools)</source>
        <translation>JSON (alle Statistiken, für andere Programme)</translation>
    </message>
    <message>
        <source>XLSX (spreadsheet)</source>
        <translation>XLSX (Tabellenkalkulation)</translation>
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
        <source>&amp;Interview date:</source>
        <translation>&amp;Interviewtermin:</translation>
    </message>
    <message>
        <source>Readiness then says whether the current pace sees every card and matures most of them by this date</source>
        <translation>Die Bereitschaft zeigt dann, ob das aktuelle Tempo bis zu diesem Datum jede Karte zeigt und die meisten ausreifen lässt</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
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
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>S&amp;peichern unter:</translation>
    </message>
    <message>
        <source>&amp;Write Report</source>
        <translation>Bericht &amp;schreiben</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Wählen Sie, wo der Bericht gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschrieben nach %1.</translation>
    </message>
    <message>
        <source>debrief-report-%1.%2</source>
        <comment>default report file name: date, suffix</comment>
        <translation>debrief-bericht-%1.%2</translation>
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
    <message>
        <source>Time on this card</source>
        <translation>Zeit für diese Karte</translation>
    </message>
    <message>
        <source>Left today: new + learning + to review (the current card&apos;s count is underlined)</source>
        <translation>Heute noch: neu + im Lernen + zu wiederholen (die Anzahl der aktuellen Karte ist unterstrichen)</translation>
    </message>
    <message>
        <source>Study Now</source>
        <translation>Jetzt lernen</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Leertaste oder Eingabe</translation>
    </message>
    <message>
        <source>Extra new cards</source>
        <translation>Zusätzliche neue Karten</translation>
    </message>
    <message>
        <source>More &amp;New Cards</source>
        <translation>Mehr &amp;neue Karten</translation>
    </message>
    <message>
        <source>Study this many new cards beyond today&apos;s limit</source>
        <translation>So viele neue Karten über das heutige Limit hinaus lernen</translation>
    </message>
    <message>
        <source> d</source>
        <translation> T.</translation>
    </message>
    <message>
        <source>Days to review ahead</source>
        <translation>Tage im Voraus wiederholen</translation>
    </message>
    <message>
        <source>Review &amp;Ahead</source>
        <translation>&amp;Vorausschauend wiederholen</translation>
    </message>
    <message>
        <source>Review the cards due within this many days now</source>
        <translation>Die Karten, die innerhalb so vieler Tage fällig werden, jetzt wiederholen</translation>
    </message>
    <message>
        <source>&amp;Forgotten Today</source>
        <translation>Heute &amp;vergessen</translation>
    </message>
    <message>
        <source>Go over the cards you answered Again today once more</source>
        <translation>Die Karten, die Sie heute mit „Nochmal“ beantwortet haben, noch einmal durchgehen</translation>
    </message>
    <message>
        <source>Esc returns to the decks.</source>
        <translation>Esc führt zurück zu den Stapeln.</translation>
    </message>
    <message>
        <source>New: %1    Learning: %2    To review: %3</source>
        <translation>Neu: %1    Im Lernen: %2    Zu wiederholen: %3</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Rote Markierung</translation>
    </message>
    <message>
        <source>Orange flag</source>
        <translation>Orange Markierung</translation>
    </message>
    <message>
        <source>Green flag</source>
        <translation>Grüne Markierung</translation>
    </message>
    <message>
        <source>Blue flag</source>
        <translation>Blaue Markierung</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete this note and its %n card(s)? Z undoes it.</source>
        <translation>
            <numerusform>Diese Notiz und ihre %n Karte löschen? Z macht es rückgängig.</numerusform>
            <numerusform>Diese Notiz und ihre %n Karten löschen? Z macht es rückgängig.</numerusform>
        </translation>
    </message>
    <message>
        <source>No more cards are scheduled in this deck.</source>
        <translation>In diesem Stapel sind keine weiteren Karten geplant.</translation>
    </message>
    <message numerus="yes">
        <source>The next card is due in %n minute(s).</source>
        <translation>
            <numerusform>Die nächste Karte ist in %n Minute fällig.</numerusform>
            <numerusform>Die nächste Karte ist in %n Minuten fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next card is due tomorrow.</source>
        <translation>Die nächste Karte ist morgen fällig.</translation>
    </message>
    <message numerus="yes">
        <source>The next card is due in %n day(s).</source>
        <translation>
            <numerusform>Die nächste Karte ist in %n Tag fällig.</numerusform>
            <numerusform>Die nächste Karte ist in %n Tagen fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Congratulations! You have finished %1 for today.</source>
        <translation>Glückwunsch! Sie haben %1 für heute abgeschlossen.</translation>
    </message>
    <message>
        <source>all decks</source>
        <translation>alle Stapel</translation>
    </message>
    <message>
        <source>No cards for that.</source>
        <translation>Dafür gibt es keine Karten.</translation>
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
    <message>
        <source>Click a topic, or press Enter on its row, to see its cards in the browser</source>
        <translation>Klicken Sie auf ein Thema oder drücken Sie in seiner Zeile die Eingabetaste, um seine Karten im Browser zu sehen</translation>
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
