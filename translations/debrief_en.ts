<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>ImportRunner</name>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
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
</context>
<context>
    <name>debrief::BrowserWindow</name>
    <message>
        <source>Browse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decks, tags and card kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to search for it</source>
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
        <source>Move the selected cards to the deck (a new name creates it):</source>
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
        <source>Type the text to find.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pattern is not valid: %1</source>
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
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
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
        <source>About Debrief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Debrief&lt;/b&gt; %1&lt;br&gt;Spaced repetition for AI/ML interview preparation.&lt;br&gt;Collection: %2</source>
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
        <source>Speak your answer aloud, then type its key points.</source>
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
