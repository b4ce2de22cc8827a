<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AnkiPackageImporter</name>
    <message>
        <source>Cannot write a temporary file in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a temporary file (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media list is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media list is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media entry %1 has a name that is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The media list is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media name %1 is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe media file name in package: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Anki 1.2 deck. Open it in Anki 2.1 to upgrade it, then export an .apkg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Mnemosyne 2 database, not an Anki collection; import it as Mnemosyne (mnemo.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Anki collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection has no readable header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection&apos;s creation time %1 is impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collection is from an early Anki 2.0 test version (schema %1) and is too old to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This collection uses schema %1, which is newer than this version of Debrief understands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection settings are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection header is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note types are damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note type %1 has no fields or no templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck list is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note types are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown collection layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck list is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 holds text that is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 has an impossible modification time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 has a field larger than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 has no GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GUID %1 is used by more than one note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note %1 uses a note type that is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 has an impossible due value (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review log is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds a member with an unsafe name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package description (meta) is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was made by a newer Anki (format %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither an Anki package nor an Anki collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 has an impossible template number (%2; expected %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 has an impossible interval (%2; expected %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 has an impossible ease factor (%2; expected %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 has an impossible review count (%2; expected %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 has an impossible lapse count (%2; expected %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 has an impossible number of learning steps left (%2; expected %3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnkiTemplate</name>
    <message>
        <source>Found {{/%1}} without a matching {{#%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found {{/%1}} where {{/%2}} was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sections nested over %1 deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing {{/%1}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(type: unknown field %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a template of over %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerUndo</name>
    <message>
        <source>No note with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No undo record with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo record %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1 was answered again since; that answer cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApkgExporter</name>
    <message>
        <source>Export needs the current time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the collection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add meta to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the collection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add media file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the media list to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot back up the collection onto itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Debrief collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 is from a newer Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardRenderer</name>
    <message>
        <source>Card %1 uses template %2, but note type &quot;%3&quot; has only %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardSearch</name>
    <message>
        <source>search: unknown term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Collection</name>
    <message>
        <source>No collection path given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a collection file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; cannot keep a collection in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema %2 and needs an upgrade; open it for writing once to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid deck name &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset %1 holds invalid options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset id must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add note %1 (guid %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add card %1 (note %2, deck %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Default preset cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Default deck cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deck with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preset with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note type with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A nested step failed; nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection opened read-only cannot be moved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionCheck</name>
    <message numerus="yes">
        <source>%n deck(s) whose parent deck is missing</source>
        <translation>
            <numerusform>%n deck whose parent deck is missing</numerusform>
            <numerusform>%n decks whose parent deck is missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) whose note is missing (ids %1)</source>
        <translation>
            <numerusform>%n card whose note is missing (ids %1)</numerusform>
            <numerusform>%n cards whose note is missing (ids %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) without any card (ids %1)</source>
        <translation>
            <numerusform>%n note without any card (ids %1)</numerusform>
            <numerusform>%n notes without any card (ids %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) in a deck that does not exist (ids %1)</source>
        <translation>
            <numerusform>%n card in a deck that does not exist (ids %1)</numerusform>
            <numerusform>%n cards in a deck that does not exist (ids %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) whose notetype is missing (ids %1)</source>
        <translation>
            <numerusform>%n note whose notetype is missing (ids %1)</numerusform>
            <numerusform>%n notes whose notetype is missing (ids %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review card(s) with an interval below 1 day or an ease below 130% (ids %1)</source>
        <translation>
            <numerusform>%n review card with an interval below 1 day or an ease below 130% (ids %1)</numerusform>
            <numerusform>%n review cards with an interval below 1 day or an ease below 130% (ids %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learning card(s) without remaining steps (ids %1)</source>
        <translation>
            <numerusform>%n learning card without remaining steps (ids %1)</numerusform>
            <numerusform>%n learning cards without remaining steps (ids %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) with an unknown type or queue (ids %1)</source>
        <translation>
            <numerusform>%n card with an unknown type or queue (ids %1)</numerusform>
            <numerusform>%n cards with an unknown type or queue (ids %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionFile</name>
    <message>
        <source>%1 is already open in another program (%2, process %3 on %4); close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock (is the folder writable?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Debrief (schema %2; this version reads up to %3). Update Debrief to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Debrief collection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionGenerator</name>
    <message>
        <source>%1 already exists; the generator only creates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionMove</name>
    <message>
        <source>Choose a folder to move the collection to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection is already in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside the collection&apos;s folder; choose a folder elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds the collection&apos;s folder; choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; choose an empty folder, so nothing of yours is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of %1 differs from the original; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the collection is damaged (%1); nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of the collection is incomplete; nothing was moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyChecker</name>
    <message>
        <source>copies %1+ words from %2: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoverageChecker</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not covered by any card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: UTF-16 text with an odd number of bytes (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: not valid UTF-8 (byte 0x%3 at offset %4); save the file as UTF-8 or UTF-16 with a BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: contains NUL characters; this is a binary file, not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 characters; refusing to import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: more than %2 fields; refusing to import it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message>
        <source>cannot write the CSV: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a collection file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>file too short (%n byte(s))</source>
        <translation>
            <numerusform>file too short (%n byte)</numerusform>
            <numerusform>file too short (%n bytes)</numerusform>
        </translation>
    </message>
    <message>
        <source>no SQLite header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid page size %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown file format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size %1 is not a multiple of the page size %2 (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>header declares %n page(s) but the file holds %1 (truncated?)</source>
        <translation>
            <numerusform>header declares %n page but the file holds %1 (truncated?)</numerusform>
            <numerusform>header declares %n pages but the file holds %1 (truncated?)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use write-ahead logging for %1 (SQLite kept journal mode &quot;%2&quot;); the file system may not support shared memory: keep the collection on a local disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading it took longer than %2 s; stopped (a hostile or damaged file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading it needed more than %2 MiB of memory; stopped (a hostile or damaged file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 where a table is expected; refusing to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a virtual table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table with generated columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a table with triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot checkpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite: %1 (in &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DebriefCardRenderer</name>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision or threshold it drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trap (weak answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is weak about this answer to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name every cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you detect it and fix it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision-making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name every layer, its metrics and the decision it drives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which metrics, and what do they drive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cause(s) shown. Press N for the next branch, Shift+N for all.</source>
        <translation>
            <numerusform>%1 of %n cause shown. Press N for the next branch, Shift+N for all.</numerusform>
            <numerusform>%1 of %n causes shown. Press N for the next branch, Shift+N for all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckImporter</name>
    <message>
        <source>%1: missing &apos;deck:&apos; header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no bundled .deck files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckLinter</name>
    <message>
        <source>a coverage id in the branch text; keep ids in covers: lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pair note needs %1 to %2 points: (the strong answer&apos;s key points), has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>points: holds %1 to %2 key points, has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Model: is %n word(s); a spoken model answer is %1 to %2 words (30 to 60 s aloud)</source>
        <translation>
            <numerusform>Model: is %n word; a spoken model answer is %1 to %2 words (30 to 60 s aloud)</numerusform>
            <numerusform>Model: is %n words; a spoken model answer is %1 to %2 words (30 to 60 s aloud)</numerusform>
        </translation>
    </message>
    <message>
        <source>a coverage id in %1:; keep ids in covers: lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coverage id in points:; keep ids in covers: lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coverage id in the layer text; keep ids in covers: lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first in %2:%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no seed *.txt files here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckName</name>
    <message>
        <source>Type a name for the deck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has an empty level: every part between “::” needs a name, as in Parent::Child.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck names are limited to %1 characters; this one has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckParser</name>
    <message>
        <source>tab in the indentation of a %1 list; indent with two spaces per level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 entry must start at column 0 (%1 do not nest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad indentation: a sub-%1 is indented two spaces more than its parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty %1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;- &lt;%1&gt;&apos; to start the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad indentation: keys are indented two spaces more than their &apos;- &apos; line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1:&apos; given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1: or &apos;- &lt;sub-entry&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coverage id of the form S&lt;n&gt;-&lt;P|C|F|M|K&gt;&lt;n&gt;[.&lt;n&gt;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch &apos;%1&apos; has no %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer &apos;%1&apos; has no %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;- &lt;point&gt;&apos;: points: holds one &apos;- &apos; line per key point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tree needs at least one branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layers note needs at least one layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has no %3: field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced {{ }} in the cloze text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cloze text has no {{c1::...}} deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;## &lt;kind&gt; &lt;id&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (basic, reversed, cloze, pair, tree, layers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos;: use 3 to 64 lowercase letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos; or a &apos;## &lt;kind&gt; &lt;id&gt;&apos; block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (only 1 exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deck: is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown header key &apos;%1&apos; (format, deck, description, tags)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: given twice (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &apos;%1:&apos; for a %2 note (fields: %3; common: tags, covers%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text outside any field; start it with a field such as &apos;%1:&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code fence opened here is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing &apos;deck:&apos; header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeckTree</name>
    <message>
        <source>A deck named &quot;%1&quot; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deck with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is of another schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup has no deck %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deck named &quot;%1&quot; has been created since; rename it first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForeignDataImporter</name>
    <message>
        <source>%1: import cancelled; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: notetype &apos;%2&apos; does not exist; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty first field; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a note with GUID %2 exists with another notetype; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the note makes no cards (a cloze note without {{c1::…}}?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: media file %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: media file name &quot;%2&quot; (too long, not NFC or with direction controls) was changed to &quot;%3&quot;, and the notes with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: media files &quot;%2&quot; and &quot;%3&quot; are one name in different Unicode forms; the second was stored as &quot;%4&quot;, and the notes with it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>over %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over %1 HTML tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tag with over %1 attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML nested over %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML too costly to parse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDispatcher</name>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file (a device or pipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not readable (permissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: could not back up the collection first, so nothing was imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a format Debrief can import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 skipped; %6 cards, %7 reviews, %8 media files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not imported; the collection is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled; the collection is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTemp</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntervalText</name>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>minutes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>hours</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>days</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1mo</source>
        <comment>months</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1y</source>
        <comment>years</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaStager</name>
    <message>
        <source>Cannot create the media folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a staging folder in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find a free name for media file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsafe media file name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media file %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write media file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read media file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move media into place: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>&quot;%1&quot; is not a plain media file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the media folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write media file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>No schema migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema migration to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Debrief understands up to %3. Update Debrief to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MnemosyneImporter</name>
    <message>
        <source>%1: not a Mnemosyne 1.x export (root element must be &lt;mnemosyne core_version=&quot;1&quot;&gt;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: malformed XML: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item id &apos;%2&apos; appears more than once; imported as separate facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an SQLite file, but not a Mnemosyne 2.x database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown Mnemosyne database version &apos;%2&apos;; importing anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fact %2 uses Mnemosyne card type %3, which is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a zip without cards.xml, so not a Mnemosyne .cards file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards.xml is not an openSM2sync document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media file name &apos;%1&apos; points outside the media folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: media file &apos;%2&apos; is not in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cards.xml line %1: malformed XML: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: card of fact &apos;%2&apos; (card type %3) is not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; refusing to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Mnemosyne XML export, .cards file or database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetCheck</name>
    <message>
        <source>New cards/day must be between 0 and %1 (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum reviews/day must be between 0 and %1 (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rehearsal time per answer must be between %1 and %2 seconds (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s new card limit must be between 0 and %1 (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s review limit must be between 0 and %1 (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundled decks could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenderLimits</name>
    <message>
        <source>This card is too large or complex to show (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>no deck named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchParser</name>
    <message>
        <source>search: %1 (at column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;-&apos; before &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a backslash at the end escapes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;-&apos; needs something to negate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1:&apos; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card numbers start at 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;is:%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;flag:&apos; takes a number from 0 to 7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;rated:&apos; takes days from 1 to 365, then optionally :1-4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;rated:N:&apos; takes a rating from 1 to 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;added:&apos; takes a number of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;prop:&apos; takes a comparison such as prop:ivl&gt;10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;prop:%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;kind:%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1:&apos; takes ids separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;)&apos; without &apos;(&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;and&apos; needs something before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;or&apos; needs something on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parentheses nested deeper than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;(&apos; is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: the query is longer than %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Cannot bind parameter %1 of &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite: %1 (in &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stepping an invalid statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsQueries</name>
    <message>
        <source>Cannot register the answer counter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsText</name>
    <message>
        <source>&quot;%1&quot; is not a step. Write steps like &quot;1m 10m 1h 1d&quot;: a number and s, m, h or d, from 1 second to 365 days, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorableText</name>
    <message>
        <source>the control character %1, which separates a note&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, half of a character pair without its other half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: character %2 is %3; a note cannot store it. Remove it (retype the text around it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StudyRepository</name>
    <message>
        <source>No deck with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextExporter</name>
    <message>
        <source>There is no deck with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextImporter</name>
    <message>
        <source>%1: unknown separator &apos;%2&apos; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: #columns names %n column(s); at most %2 are read</source>
        <translation>
            <numerusform>%1: #columns names %n column; at most %2 are read</numerusform>
            <numerusform>%1: #columns names %n columns; at most %2 are read</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: #%2 %3 is not a column from 1 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 fields in the file; split it into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rows to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: notetype &apos;%2&apos; from the #notetype header does not exist; using Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: notetype &apos;%2&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: field map: notetype &apos;%2&apos; has no field &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: notetype &apos;%2&apos; does not exist; row skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s), expected %2; missing fields left empty</source>
        <translation>
            <numerusform>%1: %n column, expected %2; missing fields left empty</numerusform>
            <numerusform>%1: %n columns, expected %2; missing fields left empty</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s), only %2 used; the rest were ignored</source>
        <translation>
            <numerusform>%1: %n column, only %2 used; the rest were ignored</numerusform>
            <numerusform>%1: %n columns, only %2 used; the rest were ignored</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is more than the %3 MiB a text import accepts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoLog</name>
    <message>
        <source>No card with id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>File not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has too many members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read member %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bad sizes in member %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member %2 is compressed suspiciously well (zip bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the package unpacks to more than %2 MiB (member %3; decompression bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member %2 is compressed suspiciously well (decompression bomb?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member %2 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open member %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member %2 is damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member %2 unpacks to more than it declares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: member %2 is truncated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZstdDecoder</name>
    <message>
        <source>Out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged zstd data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed data unpacks to more than %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncated zstd data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief-cli</name>
    <message>
        <source>Add a Basic note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a backup copy of the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the collection with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the collection for damage and inconsistencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List decks and what is due in each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what is due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export notes as CSV/TSV, Anki .apkg or a .deck file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a large synthetic collection (benchmarks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Anki, deck, CSV/TSV or Mnemosyne files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the collection and install the bundled decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check .deck files (and coverage, copying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a review history CSV through the scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer due cards automatically (scripts, crash tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: debrief-cli [--data-dir DIR] [--now ISO8601] COMMAND [ARGS...]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collection folder (default: $DEBRIEF_DATA_DIR, else the app data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pretend the current time is this instant (for scripts and tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this text; COMMAND --help for a command&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version of debrief-cli</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a Basic note (one new card) to the deck, creating the deck if needed.
Prints the new note id and card id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deck; &quot;::&quot; separates subdecks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the question side (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a consistent copy of the collection (safe while the app is open) and prints the file written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write (default: &lt;data dir&gt;/backups/collection-&lt;UTC time&gt;.sqlite);
an existing file is not overwritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the collection with the backup FILE after checking that it is a sound Debrief collection.
Refuses while the app has the collection open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity check and Debrief&apos;s own consistency rules (orphan cards, notes without
cards, impossible scheduling states). Exit 0 when clean, 1 when problems were found (each
printed on stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every deck with the cards due today (new, learning, review), subdecks counted into their parents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON array instead of a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the cards due now as &apos;new learn review&apos; counts (after daily limits), for all decks or for
one deck and its subdecks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this deck and its subdecks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the due card ids in study order instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports notes to a file that Anki, a spreadsheet or Debrief can read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv/tsv: Anki &quot;Notes in Plain Text&quot; with #guid/#notetype/#deck/#tags columns
(re-importable); apkg: Anki package; deck: Debrief deck file (needs --deck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only this deck and its subdecks (default: everything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apkg: keep scheduling and review history (default: cards leave as new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a new synthetic collection in --data-dir (which must not hold one yet): a deck tree,
cards in every state and a review history before --now. For benchmarks, not for study.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of cards (default 100000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of review-log rows (default 1000000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed of the pseudo-random choices (default 42)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports each FILE (.apkg .colpkg .anki2 .deck .txt .csv .tsv .xml .cards .db) in its own transaction:
a file that fails changes nothing. Before importing into a collection that has notes, a backup is
written to &lt;data dir&gt;/backups/. One result line per file on stdout; problems on stderr as
file:line: message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target deck for text files (default: the file&apos;s #deck header, else Default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notetype for text files (default: #notetype header, else Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text columns (1-based) to fields; FIELD may be tags, deck, guid, notetype;
columns not listed are skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text separator: a character or tab, comma, semicolon, pipe, colon, space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first text row holds column labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drop imported scheduling and review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>existing notes: if-newer (default), always, never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the collection in the data dir if it does not exist, and installs or updates the bundled
interview-prep decks (progress on existing cards is kept). Safe to run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the collection only, without the bundled decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks .deck files (PATH is a file or a directory of *.deck files) and prints one
&apos;file:line: problem&apos; line per problem on stdout; ids must be unique across all PATHs.
Exit status: 0 clean, 1 problems found, 2 bad usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also list every checklist id (a bullet starting with a bold id such as
&apos;- **S1-F2.3**&apos;) that no card covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also flag runs of 10+ words shared with DIR/*.txt</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact intervals (default: Anki&apos;s fuzz, seeded from card id + review count)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a progress report on the collection (opened read-only, so the app may stay open):
answers per day, streaks, forecast, intervals, ease, hours, buttons, true retention, hardest
cards and interview readiness per topic (a topic is a tag, or the top-level deck of untagged
cards). Dates are YYYY-MM-DD local study days; the period defaults to all history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pdf, html (self-contained), csv (the review log; --summary: per topic),
json (schema docs/report-schema.json) or xlsx (its Review log
sheet: the latest 25,000 answers; csv has them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to write; &apos;-&apos; writes csv, json and html to stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first study day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last study day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interview date: is the pace enough to see every card and mature
--target-mature percent of them (default 80) by then?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of cards to be mature by --target-date (default 80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv: one row per topic instead of the review log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start CSV with a UTF-8 byte-order mark (for spreadsheet apps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF paper: A4 or Letter (default: the locale&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one combined report over these data folders (a row per learner and
topic); an unreadable collection is reported and skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics and readiness report (pdf, html, csv, json, xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds cards (or notes with --notes) with the browser&apos;s search syntax, as Anki:
  words and &quot;phrases&quot; (* any run, _ one character), -negation, or, ( )
  field:text  deck:NAME  tag:NAME  note:TYPE  card:N|NAME  kind:pair|tree|layers|basic|cloze
  is:new|learn|review|due|suspended|buried|leech  flag:0-7  rated:DAYS[:1-4]  added:DAYS
  prop:ivl|due|ease|lapses|reps with = != &lt; &gt; &lt;= &gt;=  nid:ID,..  cid:ID,..
Prints one line per result (card id, note id, deck, sort field). Opens the collection
read-only, so it works while the app is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find notes instead of cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the ids only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order by created (default), sort, deck, due, ivl, ease, reps, lapses or mod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reverse the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of options: the rest is the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers up to N due cards with pseudo-random ratings, through the same code path as the app.
Each answer is committed in its own transaction; after each commit prints
&apos;answered &lt;card_id&gt; &lt;review_id&gt;&apos;. Stops early when nothing is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer up to N cards (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed of the ratings (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data dir %1 is a file, not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no collection in %1 (create one with: debrief-cli --data-dir %1 init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create data dir %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data dir %1 is not writable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no deck named &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <extracomment>%1 is the command (add, check, decks...), %2 what the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 needs a value</source>
        <extracomment>%1 is the command (add, lint, report), %2 its option (--deck...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add: --deck and --front are required (and must not be empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup: %1 already exists; not overwriting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: expected exactly one backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore: cannot create data dir %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>check: %n problem(s) found</source>
        <translation>
            <numerusform>check: %n problem found</numerusform>
            <numerusform>check: %n problems found</numerusform>
        </translation>
    </message>
    <message>
        <source>due: --deck needs a deck name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --format needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --deck needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --out needs a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: unexpected argument &apos;%1&apos; (see debrief-cli export --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: need --format apkg|csv|tsv|deck and --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: --format deck needs --deck NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: %1 needs a number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: %1 already exists; choose an empty --data-dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generate: cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --deck needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --notetype needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --map needs COL=FIELD,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --map: &apos;%1&apos; is not COL=FIELD with a column number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --separator needs a character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --separator: &apos;%1&apos; is not a character or a separator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --update needs if-newer, always or never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: --update: &apos;%1&apos; is not if-newer, always or never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown option %2 (see debrief-cli %1 --help)</source>
        <extracomment>%1 is the command (import, lint, replay, search), %2 the option the user typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: no FILE given (see debrief-cli import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init: the bundled decks could not be installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lint: no deck file or directory given (see debrief-cli lint --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>lint: %n problem(s) found; files: %1, notes: %2</source>
        <translation>
            <numerusform>lint: %n problem found; files: %1, notes: %2</numerusform>
            <numerusform>lint: %n problems found; files: %1, notes: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>expected 3 columns (card_id,review_time,rating), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card_id &apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review_time &apos;%1&apos; is not a whole number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rating &apos;%1&apos; is not 1, 2, 3 or 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay: one input file only, got &apos;%1&apos; and &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay: %1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected the header &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review_time %1 is earlier than the row before (%2); rows must be in time order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; expected the header &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --cohort needs at least one data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --target-mature takes a percentage in 1..100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: %1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --format must be one of pdf, html, csv, json, xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --out FILE is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: %1 needs a file for --out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --since is after --until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: --page-size must be A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report: no readable collection in the cohort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: --sort needs one of created, sort, deck, due, ivl, ease, reps, lapses, mod</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search: note %1 has no cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find cards or notes with Anki&apos;s search syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study: %1 needs a non-negative whole number, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>study: only --auto N is supported on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1 (see debrief-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now: &apos;%1&apos; is not an ISO 8601 date-time (e.g. 2026-01-31T09:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see debrief-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::AboutDialog</name>
    <message>
        <source>Debrief %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2, the Qt %3 flavour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code highlighting on cards: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available (KSyntaxHighlighting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this build (code is shown plain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Debrief %1&lt;/h2&gt;&lt;p&gt;Spaced repetition for AI/ML interview preparation.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are taken before imports, deck deletions and restores, and when Debrief closes (Preferences ▸ Automatic backups). Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the whole collection with the backup of %1 (%2 cards)? Everything done since is lost.

The collection as it is now is backed up first, so this can be undone from this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: the backup of the current collection failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1. The collection as it was before is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::BrowserActions</name>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change in the selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 changed. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note saved. Ctrl+Z undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 notes deleted. Ctrl+Z brings them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Due Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::BrowserMenus</name>
    <message>
        <source>&amp;Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Bury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Due &amp;Date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Deck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Turquoise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pu&amp;rple</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Due Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in how many days (0 = today)? End with ! to make that the interval too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of days from 0 to 36500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected cards to the deck (a new name creates it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by spaces:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With regular expressions, \1 inserts the first captured group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treat input as a &amp;regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ignore case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::BrowserSidebar</name>
    <message>
        <source>Decks, tags and card kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to search for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::BrowserWindow</name>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: deck:Name tag:x is:due front:text* &quot;a phrase&quot; -word (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one row per note instead of per card (Ctrl+Alt+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a search and press Enter; an empty search shows every card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Current Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the saved search selected in the sidebar (Delete there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the edited note (Ctrl+Enter); Ctrl+Z undoes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to this note before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::CardTableModel</name>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::CardView</name>
    <message>
        <source>Type your answer first (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::DeckActions</name>
    <message>
        <source>D&amp;ecks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Deck…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo Delete of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deck named “%1” already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the deck: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created deck “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot go inside itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: the backup failed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” and %n card(s). Ctrl+Z on the deck list brings them back until Debrief closes.</source>
        <translation>
            <numerusform>Deleted “%1” and %n card. Ctrl+Z on the deck list brings them back until Debrief closes.</numerusform>
            <numerusform>Deleted “%1” and %n cards. Ctrl+Z on the deck list brings them back until Debrief closes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not bring back “%1”: %2. The backup %3 still holds it (File ▸ Backups).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Brought back “%1” and %n card(s).</source>
        <translation>
            <numerusform>Brought back “%1” and %n card.</numerusform>
            <numerusform>Brought back “%1” and %n cards.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (“::” makes a subdeck, as in Parent::Child):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name (“::” moves it into a parent; remove the prefix to move it out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Default deck cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”, its subdecks and their %n card(s)?</source>
        <translation>
            <numerusform>Delete “%1”, its subdecks and their %n card?</numerusform>
            <numerusform>Delete “%1”, its subdecks and their %n cards?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n card(s)?</source>
        <translation>
            <numerusform>Delete “%1” and its %n card?</numerusform>
            <numerusform>Delete “%1” and its %n cards?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is taken first, and Decks ▸ Undo Delete (Ctrl+Z on the deck list) brings it back until Debrief closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown beside the deck list for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::DeckOptionsDialog</name>
    <message>
        <source>Options for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decks that share a preset share all these options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new preset with the default options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new preset with these options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this preset; its decks go back to Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards/day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum reviews/day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1m 10m 1h 1d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delays between showings of a new card: numbers with s, m, h or d, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the order added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graduating interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New card order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interval after a lapse, as a share of the one before (0 %: start again from the minimum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> lapses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relearning steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leech threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leech action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bury new siblings until the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bury review siblings until the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread reviews a little (fuzz) so cards added together do not fall due together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting ease:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy bonus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval modifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anki&apos;s defaults for this preset (saved on OK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (used by %n deck(s))</source>
        <translation>
            <numerusform>%1 (used by %n deck)</numerusform>
            <numerusform>%1 (used by %n decks)</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relearning steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The easy interval (%1 days) must not be shorter than the graduating interval (%2 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum interval must not be shorter than the minimum interval after a lapse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This deck, today only&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits for this deck alone that end at the next day rollover; the preset&apos;s apply again after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cards today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bury interday learning siblings until the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siblings on a learning step of a day or more wait for the next day too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show answer timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer shows how long you have spent on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The countdown for each spoken answer in rehearsal mode, %1 to %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal time per answer:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::EditorDialog</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the note you have typed before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to this note before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anki package (.apkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated text (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab-separated text (.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief deck (.deck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;scheduling (intervals, due dates and review history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;media (images and sounds the notes use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens in Anki and in Debrief, with notetypes, decks and, if chosen, scheduling and media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per note: fields, tags, deck and notetype, as Anki&apos;s &quot;Notes in Plain Text&quot;. No scheduling or media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One deck as a text file you can edit and share; notes of other notetypes become basic notes. No scheduling or media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 notes, %3 cards, %4 reviews, %5 media files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a .deck file holds one deck; choose a deck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Debrief cannot import this file back as it is (%n problem(s)); the first, line %1: %2</source>
        <translation>
            <numerusform>Debrief cannot import this file back as it is (%n problem); line %1: %2</numerusform>
            <numerusform>Debrief cannot import this file back as it is (%n problems); the first, line %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not written: cannot write to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::MainWindow</name>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click a deck to study it. Ctrl+I imports Anki, CSV/TSV, Mnemosyne and .deck files; Ctrl+E exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more is due in this deck for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Study Selected Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the decks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: %1 new, %2 learning, %3 to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due in %1 right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decks (*.apkg *.colpkg *.anki2 *.txt *.csv *.tsv *.xml *.cards *.db *.deck);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problem found:</numerusform>
            <numerusform>%n problems found:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief will use %1 from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;hearse Selected Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview Dri&amp;ll (All Decks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse and search all cards (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due to rehearse right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to the selected deck (A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added.</source>
        <translation>
            <numerusform>%n note added.</numerusform>
            <numerusform>%n notes added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please wait: Debrief is still writing to the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection is now in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::MediaAnswerRecorder</name>
    <message>
        <source>No microphone found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::NoteEditor</name>
    <message>
        <source>Note type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deck the new cards go to; type a new name (Parent::Child) to create one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by spaces (Parent::child for a hierarchy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card to preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak answer (what a weak candidate says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong answer (about 20 words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the strong answer wins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model answer (optional, 80 to 150 words)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points (one per line, ticked in rehearsal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root (the failure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branches: causes, how to detect and fix each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers: metrics, and the decision each drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Duplicate: %n other note(s) of this type have the same %1.</source>
        <translation>
            <numerusform>Duplicate: %n other note of this type has the same %1.</numerusform>
            <numerusform>Duplicate: %n other notes of this type have the same %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloze %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a deck for the new cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is empty: type its fields first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added, with %n card(s).</source>
        <translation>
            <numerusform>Added, with %n card.</numerusform>
            <numerusform>Added, with %n cards.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: this note holds %1 characters, more than the preview draws while you type (%2). It is saved in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first field (%1) is empty or holds only formatting: type its text first; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::OutlineEditor</name>
    <message>
        <source>Branches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to detect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision it drives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or typing edits a cell. Insert adds a branch, Ctrl+Insert a sub-branch, Delete removes; Alt+arrows move, indent and outdent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or typing edits a cell. Insert adds a layer, Delete removes; Alt+Up and Alt+Down move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Sub-branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 is a sub-branch %2 levels below the top; a tree holds them at most %3 levels deep. Move it up a level (Alt+Left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch %1 has no cause: type one, or remove the branch (Delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer %1 has no name: type one, or remove the layer (Delete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tree needs at least one branch: add one (Insert).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layers note needs at least one layer: add one (Insert).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::PackageImportDialog</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing one file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as &amp;new cards (drop scheduling and review history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file carries no scheduling: its cards start as new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files carry no scheduling: their cards start as new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked, cards keep their intervals, ease, due dates and review history. (.deck files carry no scheduling.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked, cards keep their intervals, ease, due dates and review history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update when the file&apos;s copy is newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes &amp;already in the collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies from Debrief&apos;s next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size on cards, in percent of the normal size; applies to cards shown from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Studying (this collection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hour a new study day starts, in local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When nothing else is due, learning cards due within this time are shown early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn ahead limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learner &amp;name (reports):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target date (reports):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On closing Debrief, a backup is taken when the newest one is older than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The study settings were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the collection, its media and its backups to another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the Collection To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving the collection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection was not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection is now in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::RehearsalWidget</name>
    <message>
        <source>Time per answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer as you would in the interview, then press Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your answer&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview drill (all decks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found, so nothing is recorded: type your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nothing typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trap (weak answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note has no rubric points: rate it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 points in %3 s%4. Proposed: &lt;b&gt;%5&lt;/b&gt;. Press 1-4 to confirm or choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (over time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drill summary: %n answer(s)</source>
        <translation>
            <numerusform>Drill summary: %n answer</numerusform>
            <numerusform>Drill summary: %n answers</numerusform>
        </translation>
    </message>
    <message>
        <source>Points covered per topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time per answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Esc to return to the decks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play your recording (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording failed (%1): type your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording: speak your answer aloud (typing its key points is optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each card&apos;s deck options set its time; a change here holds for the rest of this drill.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (printable, with charts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (one self-contained page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (the review log, one row per answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (every statistic, for other tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX (spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness then says whether the current pace sees every card and matures most of them by this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debrief-report-%1.%2</source>
        <comment>default report file name: date, suffix</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::ReviewWidget</name>
    <message>
        <source>R: replay audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R or F5 plays this side&apos;s sounds again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left today: new + learning + to review (the current card&apos;s count is underlined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra new cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More &amp;New Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Study this many new cards beyond today&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to review ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review &amp;Ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the cards due within this many days now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgotten Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go over the cards you answered Again today once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc returns to the decks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1    Learning: %2    To review: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete this note and its %n card(s)? Z undoes it.</source>
        <translation>
            <numerusform>Delete this note and its %n card? Z undoes it.</numerusform>
            <numerusform>Delete this note and its %n cards? Z undoes it.</numerusform>
        </translation>
    </message>
    <message>
        <source>No more cards are scheduled in this deck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The next card is due in %n minute(s).</source>
        <translation>
            <numerusform>The next card is due in %n minute.</numerusform>
            <numerusform>The next card is due in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next card is due tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The next card is due in %n day(s).</source>
        <translation>
            <numerusform>The next card is due in %n day.</numerusform>
            <numerusform>The next card is due in %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Congratulations! You have finished %1 for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cards for that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::StatisticsWindow</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All decks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to see all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Interview readiness by topic&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers on %2 of the days from %3 to %4 · %5 min studied · streak %6 (longest %7) · true retention %8 · %9 of %10 cards seen, %11 mature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relearn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Answers per %n days</source>
        <translation>
            <numerusform>Answers per day</numerusform>
            <numerusform>Answers per %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in the next 30 days (%1 in 90)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review intervals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers by hour of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never at this pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a topic, or press Enter on its row, to see its cards in the browser</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>debrief::TextImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First line is a &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;HTML in fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: text such as &lt;b&gt; is shown as typed instead of making bold text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notetype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing deck, or a new name (&quot;Parent::Child&quot; nests).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first %1 notes as they will be imported; row numbers are lines in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s #html header decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MiB a text import accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notetype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(skip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No columns found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) will be imported; the preview shows the first %1.</source>
        <translation>
            <numerusform>%n note will be imported; the preview shows the first %1.</numerusform>
            <numerusform>%n notes will be imported; the preview shows the first %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) will be imported.</source>
        <translation>
            <numerusform>%n note will be imported.</numerusform>
            <numerusform>%n notes will be imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(and %n more)</numerusform>
            <numerusform>(and %n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Spaced repetition for AI/ML interview preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection folder (default: $DEBRIEF_DATA_DIR, else the app data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: %1, or &quot;system&quot; (the default); remembered for later starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decks to import (.apkg, .colpkg, .deck, CSV/TSV, Mnemosyne); a running Debrief imports them in its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief is already running on this collection: passed the request to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
