<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>ImportRunner</name>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged, %5 skipped; %6 cards, %7 reviews, %8 media files.</source>
        <translation>%1&#xa0;: %2 ajoutées, %3 mises à jour, %4 inchangées, %5 ignorées&#xa0;; %6 cartes, %7 révisions, %8 fichiers multimédias.</translation>
    </message>
    <message>
        <source>%1: not imported; the collection is unchanged.</source>
        <translation>%1&#xa0;: non importé&#xa0;; la collection est inchangée.</translation>
    </message>
    <message>
        <source>  … and %1 more.</source>
        <translation>  … et %1 de plus.</translation>
    </message>
    <message>
        <source>line %1: </source>
        <translation>ligne %1&#xa0;: </translation>
    </message>
</context>
<context>
    <name>IntervalText</name>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>%1s</source>
        <comment>seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1m</source>
        <comment>minutes</comment>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1h</source>
        <comment>hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1d</source>
        <comment>days</comment>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1mo</source>
        <comment>months</comment>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1y</source>
        <comment>years</comment>
        <translation>%1 a</translation>
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
        <translation>Le dossier de données %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation>Impossible de créer le dossier de données %1.</translation>
    </message>
    <message>
        <source>The bundled decks could not be updated: %1</source>
        <translation>Les paquets fournis n’ont pas pu être mis à jour&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>debrief-cli</name>
    <message>
        <source>Add a Basic note</source>
        <translation>Ajouter une note simple</translation>
    </message>
    <message>
        <source>Write a backup copy of the collection</source>
        <translation>Écrire une copie de sauvegarde de la collection</translation>
    </message>
    <message>
        <source>Replace the collection with a backup</source>
        <translation>Remplacer la collection par une sauvegarde</translation>
    </message>
    <message>
        <source>Check the collection for damage and inconsistencies</source>
        <translation>Vérifier que la collection n’est ni endommagée ni incohérente</translation>
    </message>
    <message>
        <source>List decks and what is due in each</source>
        <translation>Lister les paquets et ce qui est à réviser dans chacun</translation>
    </message>
    <message>
        <source>Show what is due now</source>
        <translation>Afficher ce qui est à réviser maintenant</translation>
    </message>
    <message>
        <source>Export notes as CSV/TSV, Anki .apkg or a .deck file</source>
        <translation>Exporter les notes en CSV/TSV, en .apkg Anki ou en fichier .deck</translation>
    </message>
    <message>
        <source>Create a large synthetic collection (benchmarks)</source>
        <translation>Créer une grande collection synthétique (mesures de performance)</translation>
    </message>
    <message>
        <source>Import Anki, deck, CSV/TSV or Mnemosyne files</source>
        <translation>Importer des fichiers Anki, deck, CSV/TSV ou Mnemosyne</translation>
    </message>
    <message>
        <source>Create the collection and install the bundled decks</source>
        <translation>Créer la collection et installer les paquets fournis</translation>
    </message>
    <message>
        <source>Check .deck files (and coverage, copying)</source>
        <translation>Vérifier des fichiers .deck (et la couverture, les copies)</translation>
    </message>
    <message>
        <source>Replay a review history CSV through the scheduler</source>
        <translation>Rejouer un historique de révisions (CSV) dans le planificateur</translation>
    </message>
    <message>
        <source>Answer due cards automatically (scripts, crash tests)</source>
        <translation>Répondre automatiquement aux cartes à réviser (scripts, tests de plantage)</translation>
    </message>
    <message>
        <source>Usage: debrief-cli [--data-dir DIR] [--now ISO8601] COMMAND [ARGS...]</source>
        <translation>Usage&#xa0;: debrief-cli [--data-dir DIR] [--now ISO8601] COMMANDE [ARGUMENTS...]</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>Options générales&#xa0;:</translation>
    </message>
    <message>
        <source>collection folder (default: $DEBRIEF_DATA_DIR, else the app data folder)</source>
        <translation>dossier de la collection (par défaut&#xa0;: $DEBRIEF_DATA_DIR, sinon le dossier de données de l’application)</translation>
    </message>
    <message>
        <source>pretend the current time is this instant (for scripts and tests)</source>
        <translation>faire comme si l’heure actuelle était cet instant (pour les scripts et les tests)</translation>
    </message>
    <message>
        <source>this text; COMMAND --help for a command&apos;s own</source>
        <translation>ce texte&#xa0;; COMMANDE --help pour celui d’une commande</translation>
    </message>
    <message>
        <source>the version of debrief-cli</source>
        <translation>la version de debrief-cli</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>debrief::BrowserWindow</name>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
    </message>
    <message>
        <source>Decks, tags and card kinds</source>
        <translation>Paquets, étiquettes et types de cartes</translation>
    </message>
    <message>
        <source>Click to search for it</source>
        <translation>Cliquez pour lancer la recherche</translation>
    </message>
    <message>
        <source>Search: deck:Name tag:x is:due front:text* &quot;a phrase&quot; -word (Enter)</source>
        <translation>Recherche&#xa0;: deck:Nom tag:x is:due front:texte* &quot;une expression&quot; -mot (Entrée)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Show one row per note instead of per card (Ctrl+Alt+T)</source>
        <translation>Afficher une ligne par note au lieu d’une par carte (Ctrl+Alt+T)</translation>
    </message>
    <message>
        <source>Ctrl+Alt+T</source>
        <translation>Ctrl+Alt+T</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Select a card to preview it.</source>
        <translation>Sélectionnez une carte pour l’afficher en aperçu.</translation>
    </message>
    <message>
        <source>Review history</source>
        <translation>Historique des révisions</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Révisée le</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Facilité</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Type a search and press Enter; an empty search shows every card.</source>
        <translation>Saisissez une recherche et appuyez sur Entrée&#xa0;; une recherche vide affiche toutes les cartes.</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Save Current Search…</source>
        <translation>&amp;Enregistrer la recherche actuelle…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Delete Saved Search</source>
        <translation>&amp;Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <source>Deletes the saved search selected in the sidebar (Delete there)</source>
        <translation>Supprime la recherche enregistrée sélectionnée dans le panneau latéral (Suppr depuis celui-ci)</translation>
    </message>
    <message>
        <source>&amp;Close Browser</source>
        <translation>&amp;Fermer le navigateur</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>&amp;Cards</source>
        <translation>&amp;Cartes</translation>
    </message>
    <message>
        <source>Toggle &amp;Suspend</source>
        <translation>&amp;Suspendre/réactiver</translation>
    </message>
    <message>
        <source>Ctrl+J</source>
        <translation>Ctrl+J</translation>
    </message>
    <message>
        <source>Toggle &amp;Bury</source>
        <translation>&amp;Enterrer/déterrer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <source>&amp;Reset to New</source>
        <translation>Remettre à l’état &amp;nouveau</translation>
    </message>
    <message>
        <source>Ctrl+Alt+N</source>
        <translation>Ctrl+Alt+N</translation>
    </message>
    <message>
        <source>Set Due &amp;Date…</source>
        <translation>Définir l’é&amp;chéance…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Change &amp;Deck…</source>
        <translation>Changer de &amp;paquet…</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Drapeau</translation>
    </message>
    <message>
        <source>&amp;Red</source>
        <translation>&amp;Rouge</translation>
    </message>
    <message>
        <source>&amp;Orange</source>
        <translation>&amp;Orange</translation>
    </message>
    <message>
        <source>&amp;Green</source>
        <translation>&amp;Vert</translation>
    </message>
    <message>
        <source>&amp;Blue</source>
        <translation>&amp;Bleu</translation>
    </message>
    <message>
        <source>&amp;Pink</source>
        <translation>Ros&amp;e</translation>
    </message>
    <message>
        <source>&amp;Turquoise</source>
        <translation>&amp;Turquoise</translation>
    </message>
    <message>
        <source>Pu&amp;rple</source>
        <translation>Vio&amp;let</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>&amp;No Flag</source>
        <translation>&amp;Aucun drapeau</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Add Tags…</source>
        <translation>&amp;Ajouter des étiquettes…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Remove Tags…</source>
        <translation>&amp;Retirer des étiquettes…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Shift+A</source>
        <translation>Ctrl+Alt+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Find and Replace…</source>
        <translation>Rechercher et rem&amp;placer…</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F</source>
        <translation>Ctrl+Alt+F</translation>
    </message>
    <message>
        <source>%1 (%2) the selected rows</source>
        <translation>%1 (%2) pour les lignes sélectionnées</translation>
    </message>
    <message>
        <source>Notes shown: %1</source>
        <translation>Notes affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cards shown: %1</source>
        <translation>Cartes affichées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Saved Searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>Paquets</translation>
    </message>
    <message>
        <source>Card Kinds</source>
        <translation>Types de cartes</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Simple</translation>
    </message>
    <message>
        <source>Cloze</source>
        <translation>Texte à trous</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paire</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>Arbre</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Nothing to change in the selection.</source>
        <translation>Rien à modifier dans la sélection.</translation>
    </message>
    <message>
        <source>%1: %2 changed. Ctrl+Z undoes it.</source>
        <translation>%1&#xa0;: %2 modifiées. Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Rien à annuler.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Suspend</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Unsuspend</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Bury</source>
        <translation>Enterrer</translation>
    </message>
    <message>
        <source>Unbury</source>
        <translation>Déterrer</translation>
    </message>
    <message>
        <source>Reset to New</source>
        <translation>Remettre à l’état nouveau</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>%1 notes deleted. Ctrl+Z brings them back.</source>
        <translation>%1 notes supprimées. Ctrl+Z les restaure.</translation>
    </message>
    <message>
        <source>Set Due Date</source>
        <translation>Définir l’échéance</translation>
    </message>
    <message>
        <source>Due in how many days (0 = today)? End with ! to make that the interval too.</source>
        <translation>À réviser dans combien de jours (0 = aujourd’hui)&#xa0;? Terminez par ! pour en faire aussi l’intervalle.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of days from 0 to 36500.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nombre de jours entre 0 et 36500.</translation>
    </message>
    <message>
        <source>Change Deck</source>
        <translation>Changer de paquet</translation>
    </message>
    <message>
        <source>Add Tags</source>
        <translation>Ajouter des étiquettes</translation>
    </message>
    <message>
        <source>Remove Tags</source>
        <translation>Retirer des étiquettes</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Drapeau</translation>
    </message>
    <message>
        <source>Remove Flag</source>
        <translation>Retirer le drapeau</translation>
    </message>
    <message>
        <source>Move the selected cards to the deck (a new name creates it):</source>
        <translation>Déplacer les cartes sélectionnées dans le paquet (un nouveau nom le crée)&#xa0;:</translation>
    </message>
    <message>
        <source>Tags, separated by spaces:</source>
        <translation>Étiquettes, séparées par des espaces&#xa0;:</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Rechercher et remplacer</translation>
    </message>
    <message>
        <source>Type the text to find.</source>
        <translation>Saisissez le texte à rechercher.</translation>
    </message>
    <message>
        <source>The pattern is not valid: %1</source>
        <translation>Le motif n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>With regular expressions, \1 inserts the first captured group</source>
        <translation>Avec les expressions régulières, \1 insère le premier groupe capturé</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Tous les champs</translation>
    </message>
    <message>
        <source>Treat input as a &amp;regular expression</source>
        <translation>Traiter la saisie comme une expression &amp;régulière</translation>
    </message>
    <message>
        <source>&amp;Ignore case</source>
        <translation>&amp;Ignorer la casse</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>Re&amp;chercher&#xa0;:</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Remplacer &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>I&amp;n:</source>
        <translation>Da&amp;ns&#xa0;:</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Nom de la recherche enregistrée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>debrief::CardTableModel</name>
    <message>
        <source>%1 d</source>
        <translation>%1 j</translation>
    </message>
    <message>
        <source>%1 mo</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 a</translation>
    </message>
    <message>
        <source>Sort Field</source>
        <translation>Champ de tri</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Ease</source>
        <translation>Facilité</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Révisions</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Oublis</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(nouvelle)</translation>
    </message>
    <message>
        <source>New #%1</source>
        <translation>Nouvelle n°&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>debrief::CardView</name>
    <message>
        <source>Type your answer first (optional)</source>
        <translation>Tapez d’abord votre réponse (facultatif)</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
</context>
<context>
    <name>debrief::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Anki package (.apkg)</source>
        <translation>Paquet Anki (.apkg)</translation>
    </message>
    <message>
        <source>Comma-separated text (.csv)</source>
        <translation>Texte séparé par des virgules (.csv)</translation>
    </message>
    <message>
        <source>Tab-separated text (.tsv)</source>
        <translation>Texte séparé par des tabulations (.tsv)</translation>
    </message>
    <message>
        <source>Debrief deck (.deck)</source>
        <translation>Paquet Debrief (.deck)</translation>
    </message>
    <message>
        <source>All decks</source>
        <translation>Tous les paquets</translation>
    </message>
    <message>
        <source>Include &amp;scheduling (intervals, due dates and review history)</source>
        <translation>Inclure la &amp;planification (intervalles, échéances et historique des révisions)</translation>
    </message>
    <message>
        <source>Include &amp;media (images and sounds the notes use)</source>
        <translation>Inclure les &amp;médias (images et sons utilisés par les notes)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>&amp;Paquet&#xa0;:</translation>
    </message>
    <message>
        <source>Opens in Anki and in Debrief, with notetypes, decks and, if chosen, scheduling and media.</source>
        <translation>S’ouvre dans Anki et dans Debrief, avec les types de notes, les paquets et, si choisi, la planification et les médias.</translation>
    </message>
    <message>
        <source>One row per note: fields, tags, deck and notetype, as Anki&apos;s &quot;Notes in Plain Text&quot;. No scheduling or media.</source>
        <translation>Une ligne par note&#xa0;: champs, étiquettes, paquet et type de note, comme «&#xa0;Notes en texte brut&#xa0;» d’Anki. Sans planification ni médias.</translation>
    </message>
    <message>
        <source>One deck as a text file you can edit and share; notes of other notetypes become basic notes. No scheduling or media.</source>
        <translation>Un paquet sous forme de fichier texte à modifier et partager&#xa0;; les notes d’autres types deviennent des notes simples. Sans planification ni médias.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 n’a pas été écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 notes.</source>
        <translation>%1&#xa0;: %2 notes.</translation>
    </message>
    <message>
        <source>%1: %2 notes, %3 cards, %4 reviews, %5 media files.</source>
        <translation>%1&#xa0;: %2 notes, %3 cartes, %4 révisions, %5 fichiers multimédias.</translation>
    </message>
    <message>
        <source>a .deck file holds one deck; choose a deck.</source>
        <translation>un fichier .deck contient un seul paquet&#xa0;; choisissez un paquet.</translation>
    </message>
    <message numerus="yes">
        <source>Debrief cannot import this file back as it is (%n problem(s)); the first, line %1: %2</source>
        <translation>
            <numerusform>Debrief ne peut pas réimporter ce fichier tel quel (%n problème)&#xa0;; ligne %1&#xa0;: %2</numerusform>
            <numerusform>Debrief ne peut pas réimporter ce fichier tel quel (%n problèmes)&#xa0;; le premier, ligne %1&#xa0;: %2</numerusform>
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
        <translation>Paquet</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À réviser</translation>
    </message>
    <message>
        <source>Enter or double-click a deck to study it. Ctrl+I imports Anki, CSV/TSV, Mnemosyne and .deck files; Ctrl+E exports.</source>
        <translation>Entrée ou un double-clic sur un paquet pour l’étudier. Ctrl+I importe des fichiers Anki, CSV/TSV, Mnemosyne et .deck&#xa0;; Ctrl+E exporte.</translation>
    </message>
    <message>
        <source>Nothing more is due in this deck for now.</source>
        <translation>Plus rien à réviser dans ce paquet pour l’instant.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Check Collection</source>
        <translation>&amp;Vérifier la collection</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Decks</source>
        <translation>&amp;Paquets</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>&amp;Study Selected Deck</source>
        <translation>&amp;Étudier le paquet sélectionné</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Dark Mode</source>
        <translation>Mode &amp;sombre</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Debrief</source>
        <translation>&amp;À propos de Debrief</translation>
    </message>
    <message>
        <source>About Debrief</source>
        <translation>À propos de Debrief</translation>
    </message>
    <message>
        <source>&lt;b&gt;Debrief&lt;/b&gt; %1&lt;br&gt;Spaced repetition for AI/ML interview preparation.&lt;br&gt;Collection: %2</source>
        <translation>&lt;b&gt;Debrief&lt;/b&gt; %1&lt;br&gt;Répétition espacée pour préparer les entretiens IA/ML.&lt;br&gt;Collection&#xa0;: %2</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Could not read the decks.</source>
        <translation>Impossible de lire les paquets.</translation>
    </message>
    <message>
        <source>Today: %1 new, %2 learning, %3 to review</source>
        <translation>Aujourd’hui&#xa0;: %1 nouvelles, %2 en apprentissage, %3 à réviser</translation>
    </message>
    <message>
        <source>Nothing is due in %1 right now.</source>
        <translation>Rien à réviser dans %1 pour le moment.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Decks (*.apkg *.colpkg *.anki2 *.txt *.csv *.tsv *.xml *.cards *.db *.deck);;All files (*)</source>
        <translation>Paquets (*.apkg *.colpkg *.anki2 *.txt *.csv *.tsv *.xml *.cards *.db *.deck);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: skipped.</source>
        <translation>%1&#xa0;: ignoré.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Check Collection</source>
        <translation>Vérifier la collection</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>%n problème trouvé&#xa0;:</numerusform>
            <numerusform>%n problèmes trouvés&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Debrief will use %1 from its next start.</source>
        <translation>Debrief utilisera %1 au prochain lancement.</translation>
    </message>
    <message>
        <source>Re&amp;hearse Selected Deck</source>
        <translation>&amp;Répéter le paquet sélectionné</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Interview Dri&amp;ll (All Decks)</source>
        <translation>E&amp;ntraînement d’entretien (tous les paquets)</translation>
    </message>
    <message>
        <source>Shift+P</source>
        <translation>Shift+P</translation>
    </message>
    <message>
        <source>&amp;Browse</source>
        <translation>&amp;Parcourir</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Browse and search all cards (Ctrl+B)</source>
        <translation>Parcourir et rechercher toutes les cartes (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>&amp;Statistiques…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Nothing is due to rehearse right now.</source>
        <translation>Rien à répéter pour le moment.</translation>
    </message>
</context>
<context>
    <name>debrief::PackageImportDialog</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing one file:</source>
        <translation>Importation d’un fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Importing %1 files:</source>
        <translation>Importation de %1 fichiers&#xa0;:</translation>
    </message>
    <message>
        <source>Import as &amp;new cards (drop scheduling and review history)</source>
        <translation>Importer comme &amp;nouvelles cartes (sans planification ni historique des révisions)</translation>
    </message>
    <message>
        <source>This file carries no scheduling: its cards start as new.</source>
        <translation>Ce fichier ne contient pas de planification&#xa0;: ses cartes commencent comme nouvelles.</translation>
    </message>
    <message>
        <source>These files carry no scheduling: their cards start as new.</source>
        <translation>Ces fichiers ne contiennent pas de planification&#xa0;: leurs cartes commencent comme nouvelles.</translation>
    </message>
    <message>
        <source>Unchecked, cards keep their intervals, ease, due dates and review history. (.deck files carry no scheduling.)</source>
        <translation>Décoché, les cartes gardent leurs intervalles, leur facilité, leurs échéances et leur historique. (Les fichiers .deck ne contiennent pas de planification.)</translation>
    </message>
    <message>
        <source>Unchecked, cards keep their intervals, ease, due dates and review history.</source>
        <translation>Décoché, les cartes gardent leurs intervalles, leur facilité, leurs échéances et leur historique.</translation>
    </message>
    <message>
        <source>Update when the file&apos;s copy is newer</source>
        <translation>Mettre à jour si la version du fichier est plus récente</translation>
    </message>
    <message>
        <source>Always update</source>
        <translation>Toujours mettre à jour</translation>
    </message>
    <message>
        <source>Never update</source>
        <translation>Ne jamais mettre à jour</translation>
    </message>
    <message>
        <source>Notes &amp;already in the collection:</source>
        <translation>Notes &amp;déjà dans la collection&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>debrief::RehearsalWidget</name>
    <message>
        <source>Time per answer:</source>
        <translation>Temps par réponse&#xa0;:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Answer as you would in the interview, then press Ctrl+Enter.</source>
        <translation>Répondez comme en entretien, puis appuyez sur Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>Reveal (Ctrl+Enter)</source>
        <translation>Révéler (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your answer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Votre réponse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>Rehearsal: %1</source>
        <translation>Répétition&#xa0;: %1</translation>
    </message>
    <message>
        <source>Interview drill (all decks)</source>
        <translation>Entraînement d’entretien (tous les paquets)</translation>
    </message>
    <message>
        <source>Speak your answer aloud, then type its key points.</source>
        <translation>Dites votre réponse à voix haute, puis tapez-en les points clés.</translation>
    </message>
    <message>
        <source>No microphone found, so nothing is recorded: type your answer.</source>
        <translation>Aucun micro trouvé, rien n’est donc enregistré&#xa0;: tapez votre réponse.</translation>
    </message>
    <message>
        <source>(nothing typed)</source>
        <translation>(rien de saisi)</translation>
    </message>
    <message>
        <source>Strong answer</source>
        <translation>Réponse solide</translation>
    </message>
    <message>
        <source>Model answer</source>
        <translation>Réponse modèle</translation>
    </message>
    <message>
        <source>The trap (weak answer)</source>
        <translation>Le piège (réponse faible)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>This note has no rubric points: rate it yourself.</source>
        <translation>Cette note n’a pas de points de barème&#xa0;: évaluez-la vous-même.</translation>
    </message>
    <message>
        <source>%1 of %2 points in %3 s%4. Proposed: &lt;b&gt;%5&lt;/b&gt;. Press 1-4 to confirm or choose another.</source>
        <translation>%1 points sur %2 en %3 s%4. Proposition&#xa0;: &lt;b&gt;%5&lt;/b&gt;. Appuyez sur 1-4 pour confirmer ou en choisir une autre.</translation>
    </message>
    <message>
        <source> (over time)</source>
        <translation> (hors délai)</translation>
    </message>
    <message numerus="yes">
        <source>Drill summary: %n answer(s)</source>
        <translation>
            <numerusform>Bilan de l’entraînement&#xa0;: %n réponse</numerusform>
            <numerusform>Bilan de l’entraînement&#xa0;: %n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>Points covered per topic</source>
        <translation>Points couverts par sujet</translation>
    </message>
    <message>
        <source>Time per answer</source>
        <translation>Temps par réponse</translation>
    </message>
    <message>
        <source>Slowest:</source>
        <translation>La plus lente&#xa0;:</translation>
    </message>
    <message>
        <source>Weakest:</source>
        <translation>La plus faible&#xa0;:</translation>
    </message>
    <message>
        <source>Press Esc to return to the decks.</source>
        <translation>Appuyez sur Échap pour revenir aux paquets.</translation>
    </message>
</context>
<context>
    <name>debrief::ReviewWidget</name>
    <message>
        <source>R: replay audio</source>
        <translation>R&#xa0;: rejouer le son</translation>
    </message>
    <message>
        <source>R or F5 plays this side&apos;s sounds again</source>
        <translation>R ou F5 rejoue les sons de cette face</translation>
    </message>
    <message>
        <source>Show Answer</source>
        <translation>Afficher la réponse</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
    <message>
        <source>All decks</source>
        <translation>Tous les paquets</translation>
    </message>
</context>
<context>
    <name>debrief::StatisticsWindow</name>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>All decks</source>
        <translation>Tous les paquets</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Dernier mois</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Dernière année</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>&amp;Paquet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pé&amp;riode&#xa0;:</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>Mature</source>
        <translation>Mûres</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Known today</source>
        <translation>Sues aujourd’hui</translation>
    </message>
    <message>
        <source>Days to see all</source>
        <translation>Jours pour tout voir</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>&lt;b&gt;Interview readiness by topic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Préparation à l’entretien par sujet&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Cannot compute the statistics: %1</source>
        <translation>Impossible de calculer les statistiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 answers on %2 of the days from %3 to %4 · %5 min studied · streak %6 (longest %7) · true retention %8 · %9 of %10 cards seen, %11 mature</source>
        <translation>%1 réponses sur %2 des jours du %3 au %4 · %5 min d’étude · série de %6 (record %7) · rétention réelle %8 · %9 cartes vues sur %10, %11 mûres</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>Learn</source>
        <translation>Apprentissage</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
    <message>
        <source>Relearn</source>
        <translation>Réapprentissage</translation>
    </message>
    <message>
        <source>Cram</source>
        <translation>Bachotage</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>Answers per day</source>
        <translation>Réponses par jour</translation>
    </message>
    <message numerus="yes">
        <source>Answers per %n days</source>
        <translation>
            <numerusform>Réponses par jour</numerusform>
            <numerusform>Réponses par tranche de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>À réviser</translation>
    </message>
    <message>
        <source>Due in the next 30 days (%1 in 90)</source>
        <translation>À réviser dans les 30 prochains jours (%1 sur 90)</translation>
    </message>
    <message>
        <source>Review intervals</source>
        <translation>Intervalles de révision</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Answers by hour of day</source>
        <translation>Réponses par heure de la journée</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Difficile</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Facile</translation>
    </message>
    <message>
        <source>Answer buttons</source>
        <translation>Boutons de réponse</translation>
    </message>
    <message>
        <source>Young</source>
        <translation>Jeunes</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>never at this pace</source>
        <translation>jamais à ce rythme</translation>
    </message>
</context>
<context>
    <name>debrief::TextImportDialog</name>
    <message>
        <source>Import %1</source>
        <translation>Importer %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Détecter</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Pipe</source>
        <translation>Barre verticale</translation>
    </message>
    <message>
        <source>Colon</source>
        <translation>Deux-points</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>First line is a &amp;header</source>
        <translation>La première ligne est un &amp;en-tête</translation>
    </message>
    <message>
        <source>Allow &amp;HTML in fields</source>
        <translation>Autoriser le &amp;HTML dans les champs</translation>
    </message>
    <message>
        <source>Off: text such as &lt;b&gt; is shown as typed instead of making bold text.</source>
        <translation>Désactivé&#xa0;: un texte comme &lt;b&gt; s’affiche tel quel au lieu de mettre en gras.</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>Importer dans</translation>
    </message>
    <message>
        <source>&amp;Notetype:</source>
        <translation>Type de &amp;note&#xa0;:</translation>
    </message>
    <message>
        <source>An existing deck, or a new name (&quot;Parent::Child&quot; nests).</source>
        <translation>Un paquet existant, ou un nouveau nom («&#xa0;Parent::Enfant&#xa0;» imbrique).</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>&amp;Paquet&#xa0;:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Line in the file</source>
        <translation>Ligne dans le fichier</translation>
    </message>
    <message>
        <source>The first %1 notes as they will be imported; row numbers are lines in the file.</source>
        <translation>Les %1 premières notes telles qu’elles seront importées&#xa0;; les numéros sont les lignes du fichier.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The file&apos;s #html header decides.</source>
        <translation>L’en-tête #html du fichier décide.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MiB a text import accepts.</source>
        <translation>%1 dépasse les %2 Mio qu’accepte une importation de texte.</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Détecter (%1)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>GUID</source>
        <translation>GUID</translation>
    </message>
    <message>
        <source>Notetype</source>
        <translation>Type de note</translation>
    </message>
    <message>
        <source>(skip)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>No columns found.</source>
        <translation>Aucune colonne trouvée.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) will be imported; the preview shows the first %1.</source>
        <translation>
            <numerusform>%n note sera importée&#xa0;; l’aperçu montre les %1 premières.</numerusform>
            <numerusform>%n notes seront importées&#xa0;; l’aperçu montre les %1 premières.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) will be imported.</source>
        <translation>
            <numerusform>%n note sera importée.</numerusform>
            <numerusform>%n notes seront importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Importation impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(et %n de plus)</numerusform>
            <numerusform>(et %n de plus)</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a field for at least one column.</source>
        <translation>Choisissez un champ pour au moins une colonne.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Spaced repetition for AI/ML interview preparation.</source>
        <translation>Répétition espacée pour préparer les entretiens IA/ML.</translation>
    </message>
    <message>
        <source>Collection folder (default: $DEBRIEF_DATA_DIR, else the app data folder).</source>
        <translation>Dossier de la collection (par défaut&#xa0;: $DEBRIEF_DATA_DIR, sinon le dossier de données de l’application).</translation>
    </message>
    <message>
        <source>User interface language: %1, or &quot;system&quot; (the default); remembered for later starts.</source>
        <translation>Langue de l’interface&#xa0;: %1, ou «&#xa0;system&#xa0;» (par défaut)&#xa0;; mémorisée pour les lancements suivants.</translation>
    </message>
    <message>
        <source>Decks to import (.apkg, .colpkg, .deck, CSV/TSV, Mnemosyne); a running Debrief imports them in its window.</source>
        <translation>Paquets à importer (.apkg, .colpkg, .deck, CSV/TSV, Mnemosyne)&#xa0;; un Debrief déjà ouvert les importe dans sa fenêtre.</translation>
    </message>
    <message>
        <source>Debrief is already running on this collection: passed the request to it.</source>
        <translation>Debrief est déjà ouvert sur cette collection&#xa0;: la demande lui a été transmise.</translation>
    </message>
</context>
</TS>
