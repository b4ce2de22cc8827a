<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AnkiPackageImporter</name>
    <message>
        <source>Cannot write a temporary file in %1</source>
        <translation>Impossible d’écrire un fichier temporaire dans %1</translation>
    </message>
    <message>
        <source>Cannot write a temporary file (disk full?)</source>
        <translation>Impossible d’écrire un fichier temporaire (disque plein&#xa0;?)</translation>
    </message>
    <message>
        <source>The media list is damaged: %1</source>
        <translation>La liste des médias est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The media list is damaged</source>
        <translation>La liste des médias est endommagée</translation>
    </message>
    <message>
        <source>Media entry %1 has a name that is not UTF-8</source>
        <translation>L’entrée média %1 a un nom qui n’est pas en UTF-8</translation>
    </message>
    <message>
        <source>The media list is not UTF-8</source>
        <translation>La liste des médias n’est pas en UTF-8</translation>
    </message>
    <message>
        <source>Media name %1 is not valid UTF-8</source>
        <translation>Le nom de média %1 n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>Unsafe media file name in package: %1</source>
        <translation>Nom de fichier média dangereux dans le paquet&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is an Anki 1.2 deck. Open it in Anki 2.1 to upgrade it, then export an .apkg.</source>
        <translation>Ceci est un paquet Anki 1.2. Ouvrez-le dans Anki 2.1 pour le mettre à niveau, puis exportez un .apkg.</translation>
    </message>
    <message>
        <source>This is a Mnemosyne 2 database, not an Anki collection; import it as Mnemosyne (mnemo.db)</source>
        <translation>Ceci est une base de données Mnemosyne 2, pas une collection Anki&#xa0;; importez-la comme Mnemosyne (mnemo.db)</translation>
    </message>
    <message>
        <source>This is not an Anki collection</source>
        <translation>Ceci n’est pas une collection Anki</translation>
    </message>
    <message>
        <source>The collection has no readable header</source>
        <translation>La collection n’a pas d’en-tête lisible</translation>
    </message>
    <message>
        <source>The collection&apos;s creation time %1 is impossible</source>
        <translation>La date de création de la collection, %1, est impossible</translation>
    </message>
    <message>
        <source>This collection is from an early Anki 2.0 test version (schema %1) and is too old to import.</source>
        <translation>Cette collection provient d’une des premières versions de test d’Anki 2.0 (schéma %1) et est trop ancienne pour être importée.</translation>
    </message>
    <message>
        <source>This collection uses schema %1, which is newer than this version of Debrief understands.</source>
        <translation>Cette collection utilise le schéma %1, plus récent que ce que cette version de Debrief comprend.</translation>
    </message>
    <message>
        <source>The collection settings are damaged</source>
        <translation>Les réglages de la collection sont endommagés</translation>
    </message>
    <message>
        <source>The collection header is damaged</source>
        <translation>L’en-tête de la collection est endommagé</translation>
    </message>
    <message>
        <source>The note types are damaged: %1</source>
        <translation>Les types de notes sont endommagés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note type %1 has no fields or no templates</source>
        <translation>Le type de note %1 n’a pas de champs ou pas de modèles</translation>
    </message>
    <message>
        <source>The deck list is damaged: %1</source>
        <translation>La liste des paquets est endommagée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The note types are damaged</source>
        <translation>Les types de notes sont endommagés</translation>
    </message>
    <message>
        <source>Unknown collection layout</source>
        <translation>Structure de collection inconnue</translation>
    </message>
    <message>
        <source>The deck list is damaged</source>
        <translation>La liste des paquets est endommagée</translation>
    </message>
    <message>
        <source>Note %1 holds text that is not UTF-8</source>
        <translation>La note %1 contient du texte qui n’est pas en UTF-8</translation>
    </message>
    <message>
        <source>Note %1 has an impossible modification time (%2)</source>
        <translation>La note %1 a une date de modification impossible (%2)</translation>
    </message>
    <message>
        <source>Note %1 has a field larger than %2 MiB</source>
        <translation>La note %1 a un champ de plus de %2 Mio</translation>
    </message>
    <message>
        <source>Note %1 has no GUID</source>
        <translation>La note %1 n’a pas de GUID</translation>
    </message>
    <message>
        <source>The GUID %1 is used by more than one note</source>
        <translation>Le GUID %1 est utilisé par plus d’une note</translation>
    </message>
    <message>
        <source>Note %1 uses a note type that is missing</source>
        <translation>La note %1 utilise un type de note manquant</translation>
    </message>
    <message>
        <source>Card %1 has an impossible due value (%2)</source>
        <translation>La carte %1 a une échéance impossible (%2)</translation>
    </message>
    <message>
        <source>The review log is damaged</source>
        <translation>Le journal des révisions est endommagé</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Impossible d’ouvrir le fichier</translation>
    </message>
    <message>
        <source>The package holds a member with an unsafe name: %1</source>
        <translation>Le paquet contient un élément au nom dangereux&#xa0;: %1</translation>
    </message>
    <message>
        <source>The package description (meta) is damaged</source>
        <translation>La description du paquet (meta) est endommagée</translation>
    </message>
    <message>
        <source>The package was made by a newer Anki (format %1)</source>
        <translation>Le paquet a été créé par une version plus récente d’Anki (format %1)</translation>
    </message>
    <message>
        <source>The package has no %1</source>
        <translation>Le paquet ne contient pas de %1</translation>
    </message>
    <message>
        <source>This is neither an Anki package nor an Anki collection</source>
        <translation>Ceci n’est ni un paquet Anki ni une collection Anki</translation>
    </message>
    <message>
        <source>Card %1 has an impossible template number (%2; expected %3 to %4)</source>
        <translation>La carte %1 a un numéro de modèle impossible (%2&#xa0;; attendu de %3 à %4)</translation>
    </message>
    <message>
        <source>Card %1 has an impossible interval (%2; expected %3 to %4)</source>
        <translation>La carte %1 a un intervalle impossible (%2&#xa0;; attendu de %3 à %4)</translation>
    </message>
    <message>
        <source>Card %1 has an impossible ease factor (%2; expected %3 to %4)</source>
        <translation>La carte %1 a un facteur de facilité impossible (%2&#xa0;; attendu de %3 à %4)</translation>
    </message>
    <message>
        <source>Card %1 has an impossible review count (%2; expected %3 to %4)</source>
        <translation>La carte %1 a un nombre de révisions impossible (%2&#xa0;; attendu de %3 à %4)</translation>
    </message>
    <message>
        <source>Card %1 has an impossible lapse count (%2; expected %3 to %4)</source>
        <translation>La carte %1 a un nombre d’oublis impossible (%2&#xa0;; attendu de %3 à %4)</translation>
    </message>
    <message>
        <source>Card %1 has an impossible number of learning steps left (%2; expected %3 to %4)</source>
        <translation>La carte %1 a un nombre d’étapes d’apprentissage restantes impossible (%2&#xa0;; attendu de %3 à %4)</translation>
    </message>
</context>
<context>
    <name>AnkiTemplate</name>
    <message>
        <source>Found {{/%1}} without a matching {{#%1}}</source>
        <translation>{{/%1}} trouvé sans {{#%1}} correspondant</translation>
    </message>
    <message>
        <source>Found {{/%1}} where {{/%2}} was expected</source>
        <translation>{{/%1}} trouvé là où {{/%2}} était attendu</translation>
    </message>
    <message>
        <source>sections nested over %1 deep</source>
        <translation>sections imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>Missing {{/%1}}</source>
        <translation>{{/%1}} manquant</translation>
    </message>
    <message>
        <source>(type: unknown field %1)</source>
        <translation>(type&#xa0;: champ inconnu %1)</translation>
    </message>
    <message>
        <source>a template of over %1 characters</source>
        <translation>un modèle de plus de %1 caractères</translation>
    </message>
    <message>
        <source>over %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
</context>
<context>
    <name>AnswerUndo</name>
    <message>
        <source>No note with id %1</source>
        <translation>Aucune note avec l’identifiant %1</translation>
    </message>
    <message>
        <source>No undo record with id %1</source>
        <translation>Aucun enregistrement d’annulation avec l’identifiant %1</translation>
    </message>
    <message>
        <source>Undo record %1 is damaged</source>
        <translation>L’enregistrement d’annulation %1 est endommagé</translation>
    </message>
    <message>
        <source>Card %1 was answered again since; that answer cannot be undone</source>
        <translation>La carte %1 a reçu une nouvelle réponse depuis&#xa0;; cette réponse ne peut pas être annulée</translation>
    </message>
</context>
<context>
    <name>ApkgExporter</name>
    <message>
        <source>Export needs the current time</source>
        <translation>L’exportation a besoin de l’heure actuelle</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder</source>
        <translation>Impossible de créer un dossier temporaire</translation>
    </message>
    <message>
        <source>Cannot write the collection: %1</source>
        <translation>Impossible d’écrire la collection&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Cannot add meta to %1</source>
        <translation>Impossible d’ajouter meta à %1</translation>
    </message>
    <message>
        <source>Cannot add the collection to %1</source>
        <translation>Impossible d’ajouter la collection à %1</translation>
    </message>
    <message>
        <source>Cannot add media file %1</source>
        <translation>Impossible d’ajouter le fichier média %1</translation>
    </message>
    <message>
        <source>Cannot add the media list to %1</source>
        <translation>Impossible d’ajouter la liste des médias à %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Debrief</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>Cannot back up the collection onto itself</source>
        <translation>Impossible de sauvegarder la collection sur elle-même</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Backup %1 does not exist</source>
        <translation>La sauvegarde %1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 is not a Debrief collection</source>
        <translation>%1 n’est pas une collection Debrief</translation>
    </message>
    <message>
        <source>Backup %1 is damaged: %2</source>
        <translation>La sauvegarde %1 est endommagée&#xa0;: %2</translation>
    </message>
    <message>
        <source>integrity check failed</source>
        <translation>échec de la vérification d’intégrité</translation>
    </message>
    <message>
        <source>Cannot move %1 aside</source>
        <translation>Impossible de mettre %1 de côté</translation>
    </message>
    <message>
        <source>Cannot remove %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Backup %1 is from a newer Debrief</source>
        <translation>La sauvegarde %1 provient d’une version plus récente de Debrief</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Impossible de remplacer %1</translation>
    </message>
    <message>
        <source>Cannot restore %1</source>
        <translation>Impossible de restaurer %1</translation>
    </message>
</context>
<context>
    <name>CardRenderer</name>
    <message>
        <source>Card %1 uses template %2, but note type &quot;%3&quot; has only %4.</source>
        <translation>La carte %1 utilise le modèle %2, mais le type de note «&#xa0;%3&#xa0;» n’en a que %4.</translation>
    </message>
</context>
<context>
    <name>CardSearch</name>
    <message>
        <source>search: unknown term</source>
        <translation>recherche&#xa0;: terme inconnu</translation>
    </message>
</context>
<context>
    <name>Collection</name>
    <message>
        <source>No collection path given</source>
        <translation>Aucun chemin de collection indiqué</translation>
    </message>
    <message>
        <source>%1 is a folder, not a collection file</source>
        <translation>%1 est un dossier, pas un fichier de collection</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; cannot keep a collection in it</source>
        <translation>%1 est un fichier, pas un dossier&#xa0;; impossible d’y conserver une collection</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>%1 has schema %2 and needs an upgrade; open it for writing once to upgrade it</source>
        <translation>%1 utilise le schéma %2 et doit être mise à niveau&#xa0;; ouvrez-la une fois en écriture pour la mettre à niveau</translation>
    </message>
    <message>
        <source>Invalid deck name &quot;%1&quot;</source>
        <translation>Nom de paquet invalide «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Preset %1 holds invalid options</source>
        <translation>Le préréglage %1 contient des options invalides</translation>
    </message>
    <message>
        <source>Preset id must be positive</source>
        <translation>L’identifiant du préréglage doit être positif</translation>
    </message>
    <message>
        <source>Cannot add note %1 (guid %2): %3</source>
        <translation>Impossible d’ajouter la note %1 (GUID %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot add card %1 (note %2, deck %3): %4</source>
        <translation>Impossible d’ajouter la carte %1 (note %2, paquet %3)&#xa0;: %4</translation>
    </message>
    <message>
        <source>The Default preset cannot be deleted</source>
        <translation>Le préréglage par défaut ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>The Default deck cannot be deleted</source>
        <translation>Le paquet par défaut ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>The backup %1 is gone</source>
        <translation>La sauvegarde %1 a disparu</translation>
    </message>
    <message>
        <source>Backup %1 does not exist</source>
        <translation>La sauvegarde %1 n’existe pas</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>No deck with id %1</source>
        <translation>Aucun paquet avec l’identifiant %1</translation>
    </message>
    <message>
        <source>No preset with id %1</source>
        <translation>Aucun préréglage avec l’identifiant %1</translation>
    </message>
    <message>
        <source>No note type with id %1</source>
        <translation>Aucun type de note avec l’identifiant %1</translation>
    </message>
    <message>
        <source>No note with id %1</source>
        <translation>Aucune note avec l’identifiant %1</translation>
    </message>
    <message>
        <source>No card with id %1</source>
        <translation>Aucune carte avec l’identifiant %1</translation>
    </message>
    <message>
        <source>A nested step failed; nothing was saved</source>
        <translation>Une étape imbriquée a échoué&#xa0;; rien n’a été enregistré</translation>
    </message>
    <message>
        <source>A collection opened read-only cannot be moved</source>
        <translation>Une collection ouverte en lecture seule ne peut pas être déplacée</translation>
    </message>
</context>
<context>
    <name>CollectionCheck</name>
    <message numerus="yes">
        <source>%n deck(s) whose parent deck is missing</source>
        <translation>
            <numerusform>%n paquet dont le paquet parent est manquant</numerusform>
            <numerusform>%n paquets dont le paquet parent est manquant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) whose note is missing (ids %1)</source>
        <translation>
            <numerusform>%n carte dont la note est manquante (identifiants %1)</numerusform>
            <numerusform>%n cartes dont la note est manquante (identifiants %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) without any card (ids %1)</source>
        <translation>
            <numerusform>%n note sans aucune carte (identifiants %1)</numerusform>
            <numerusform>%n notes sans aucune carte (identifiants %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) in a deck that does not exist (ids %1)</source>
        <translation>
            <numerusform>%n carte dans un paquet qui n’existe pas (identifiants %1)</numerusform>
            <numerusform>%n cartes dans un paquet qui n’existe pas (identifiants %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) whose notetype is missing (ids %1)</source>
        <translation>
            <numerusform>%n note dont le type de note est manquant (identifiants %1)</numerusform>
            <numerusform>%n notes dont le type de note est manquant (identifiants %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review card(s) with an interval below 1 day or an ease below 130% (ids %1)</source>
        <translation>
            <numerusform>%n carte en révision avec un intervalle de moins d’un jour ou une facilité inférieure à 130&#xa0;% (identifiants %1)</numerusform>
            <numerusform>%n cartes en révision avec un intervalle de moins d’un jour ou une facilité inférieure à 130&#xa0;% (identifiants %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learning card(s) without remaining steps (ids %1)</source>
        <translation>
            <numerusform>%n carte en apprentissage sans étape restante (identifiants %1)</numerusform>
            <numerusform>%n cartes en apprentissage sans étape restante (identifiants %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) with an unknown type or queue (ids %1)</source>
        <translation>
            <numerusform>%n carte de type ou de file inconnus (identifiants %1)</numerusform>
            <numerusform>%n cartes de type ou de file inconnus (identifiants %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionFile</name>
    <message>
        <source>%1 is already open in another program (%2, process %3 on %4); close it there first.</source>
        <translation>%1 est déjà ouverte dans un autre programme (%2, processus %3 sur %4)&#xa0;; fermez-la d’abord là-bas.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1.lock (is the folder writable?)</source>
        <translation>Impossible de créer le fichier de verrou %1.lock (le dossier est-il accessible en écriture&#xa0;?)</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>Impossible de lire la version du schéma de %1</translation>
    </message>
    <message>
        <source>%1 was written by a newer Debrief (schema %2; this version reads up to %3). Update Debrief to open it.</source>
        <translation>%1 a été écrite par une version plus récente de Debrief (schéma %2&#xa0;; cette version lit jusqu’au %3). Mettez Debrief à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Debrief collection</source>
        <translation>%1 est une base de données SQLite, mais pas une collection Debrief</translation>
    </message>
</context>
<context>
    <name>CollectionGenerator</name>
    <message>
        <source>%1 already exists; the generator only creates</source>
        <translation>%1 existe déjà&#xa0;; le générateur ne fait que créer</translation>
    </message>
    <message>
        <source>Counts must not be negative</source>
        <translation>Les nombres ne doivent pas être négatifs</translation>
    </message>
</context>
<context>
    <name>CollectionMove</name>
    <message>
        <source>Choose a folder to move the collection to.</source>
        <translation>Choisissez un dossier où déplacer la collection.</translation>
    </message>
    <message>
        <source>The collection is already in %1.</source>
        <translation>La collection est déjà dans %1.</translation>
    </message>
    <message>
        <source>%1 is inside the collection&apos;s folder; choose a folder elsewhere.</source>
        <translation>%1 est à l’intérieur du dossier de la collection&#xa0;; choisissez un dossier ailleurs.</translation>
    </message>
    <message>
        <source>%1 holds the collection&apos;s folder; choose an empty folder.</source>
        <translation>%1 contient le dossier de la collection&#xa0;; choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose an empty folder, so nothing of yours is overwritten.</source>
        <translation>%1 n’est pas vide&#xa0;; choisissez un dossier vide, pour que rien de ce qui vous appartient ne soit écrasé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 (is the disk full?)</source>
        <translation>Impossible de copier %1 vers %2 (le disque est-il plein&#xa0;?)</translation>
    </message>
    <message>
        <source>The copy of %1 differs from the original; nothing was moved.</source>
        <translation>La copie de %1 diffère de l’original&#xa0;; rien n’a été déplacé.</translation>
    </message>
    <message>
        <source>The copy of the collection is damaged (%1); nothing was moved.</source>
        <translation>La copie de la collection est endommagée (%1)&#xa0;; rien n’a été déplacé.</translation>
    </message>
    <message>
        <source>The copy of the collection is incomplete; nothing was moved.</source>
        <translation>La copie de la collection est incomplète&#xa0;; rien n’a été déplacé.</translation>
    </message>
</context>
<context>
    <name>CopyChecker</name>
    <message>
        <source>copies %1+ words from %2: &quot;%3&quot;</source>
        <translation>copie %1 mots ou plus de %2&#xa0;: «&#xa0;%3&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CoverageChecker</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not covered by any card</source>
        <translation>%1 n’est couvert par aucune carte</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>%1: UTF-16 text with an odd number of bytes (truncated?)</source>
        <translation>%1&#xa0;: texte UTF-16 avec un nombre impair d’octets (tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>%1:%2: not valid UTF-8 (byte 0x%3 at offset %4); save the file as UTF-8 or UTF-16 with a BOM</source>
        <translation>%1:%2&#xa0;: UTF-8 non valide (octet 0x%3 à la position %4)&#xa0;; enregistrez le fichier en UTF-8 ou en UTF-16 avec BOM</translation>
    </message>
    <message>
        <source>%1:%2: contains NUL characters; this is a binary file, not text</source>
        <translation>%1:%2&#xa0;: contient des caractères NUL&#xa0;; c’est un fichier binaire, pas du texte</translation>
    </message>
    <message>
        <source>line %1: a field is longer than %2 characters; refusing to import it</source>
        <translation>ligne %1&#xa0;: un champ dépasse %2 caractères&#xa0;; importation refusée</translation>
    </message>
    <message>
        <source>line %1: more than %2 fields; refusing to import it</source>
        <translation>ligne %1&#xa0;: plus de %2 champs&#xa0;; importation refusée</translation>
    </message>
</context>
<context>
    <name>CsvReportWriter</name>
    <message>
        <source>cannot write the CSV: %1</source>
        <translation>impossible d’écrire le CSV&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>%1 is a folder, not a collection file</source>
        <translation>%1 est un dossier, pas un fichier de collection</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 n’est pas une base de données SQLite utilisable&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>file too short (%n byte(s))</source>
        <translation>
            <numerusform>fichier trop court (%n octet)</numerusform>
            <numerusform>fichier trop court (%n octets)</numerusform>
        </translation>
    </message>
    <message>
        <source>no SQLite header</source>
        <translation>pas d’en-tête SQLite</translation>
    </message>
    <message>
        <source>invalid page size %1</source>
        <translation>taille de page %1 non valide</translation>
    </message>
    <message>
        <source>unknown file format version</source>
        <translation>version de format de fichier inconnue</translation>
    </message>
    <message>
        <source>size %1 is not a multiple of the page size %2 (truncated?)</source>
        <translation>la taille %1 n’est pas un multiple de la taille de page %2 (tronqué&#xa0;?)</translation>
    </message>
    <message numerus="yes">
        <source>header declares %n page(s) but the file holds %1 (truncated?)</source>
        <translation>
            <numerusform>l’en-tête déclare %n page mais le fichier en contient %1 (tronqué&#xa0;?)</numerusform>
            <numerusform>l’en-tête déclare %n pages mais le fichier en contient %1 (tronqué&#xa0;?)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>%1 is not writable</source>
        <translation>%1 n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>Cannot use write-ahead logging for %1 (SQLite kept journal mode &quot;%2&quot;); the file system may not support shared memory: keep the collection on a local disk</source>
        <translation>Impossible d’utiliser la journalisation anticipée (WAL) pour %1 (SQLite est resté en mode de journal «&#xa0;%2&#xa0;»)&#xa0;; le système de fichiers ne prend peut-être pas en charge la mémoire partagée&#xa0;: gardez la collection sur un disque local</translation>
    </message>
    <message>
        <source>%1: reading it took longer than %2 s; stopped (a hostile or damaged file?)</source>
        <translation>%1&#xa0;: la lecture a pris plus de %2 s&#xa0;; arrêtée (fichier malveillant ou endommagé&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: reading it needed more than %2 MiB of memory; stopped (a hostile or damaged file?)</source>
        <translation>%1&#xa0;: la lecture a demandé plus de %2 Mio de mémoire&#xa0;; arrêtée (fichier malveillant ou endommagé&#xa0;?)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is %3 where a table is expected; refusing to read it</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est %3 là où une table est attendue&#xa0;; lecture refusée</translation>
    </message>
    <message>
        <source>a view</source>
        <translation>une vue</translation>
    </message>
    <message>
        <source>a virtual table</source>
        <translation>une table virtuelle</translation>
    </message>
    <message>
        <source>a table with generated columns</source>
        <translation>une table avec des colonnes générées</translation>
    </message>
    <message>
        <source>a table with triggers</source>
        <translation>une table avec des déclencheurs</translation>
    </message>
    <message>
        <source>Cannot checkpoint %1</source>
        <translation>Impossible d’effectuer un point de contrôle sur %1</translation>
    </message>
    <message>
        <source>SQLite: %1 (in &quot;%2&quot;)</source>
        <translation>SQLite&#xa0;: %1 (dans «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Cannot prepare &quot;%1&quot;</source>
        <translation>Impossible de préparer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>DebriefCardRenderer</name>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Sub-causes</source>
        <translation>Sous-causes</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Decision or threshold it drives</source>
        <translation>Décision ou seuil qu’elle détermine</translation>
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
        <source>What is weak about this answer to: %1</source>
        <translation>Qu’est-ce qui est faible dans cette réponse à&#xa0;: %1</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>La réponse</translation>
    </message>
    <message>
        <source>Name every cause:</source>
        <translation>Nommez chaque cause&#xa0;:</translation>
    </message>
    <message>
        <source>How do you detect it and fix it?</source>
        <translation>Comment le détecter et le corriger&#xa0;?</translation>
    </message>
    <message>
        <source>decision-making</source>
        <translation>prise de décision</translation>
    </message>
    <message>
        <source>diagnostic</source>
        <translation>diagnostic</translation>
    </message>
    <message>
        <source>Name every layer, its metrics and the decision it drives.</source>
        <translation>Nommez chaque couche, ses métriques et la décision qu’elle détermine.</translation>
    </message>
    <message>
        <source>Layer:</source>
        <translation>Couche&#xa0;:</translation>
    </message>
    <message>
        <source>Which metrics, and what do they drive?</source>
        <translation>Quelles métriques, et que déterminent-elles&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n cause(s) shown. Press N for the next branch, Shift+N for all.</source>
        <translation>
            <numerusform>Cause affichée&#xa0;: %1 sur %n. Appuyez sur N pour la branche suivante, Maj+N pour toutes.</numerusform>
            <numerusform>Causes affichées&#xa0;: %1 sur %n. Appuyez sur N pour la branche suivante, Maj+N pour toutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckImporter</name>
    <message>
        <source>%1: missing &apos;deck:&apos; header</source>
        <translation>%1&#xa0;: en-tête &apos;deck:&apos; manquant</translation>
    </message>
    <message>
        <source>%1: no bundled .deck files</source>
        <translation>%1&#xa0;: aucun fichier .deck fourni</translation>
    </message>
</context>
<context>
    <name>DeckLinter</name>
    <message>
        <source>a coverage id in the branch text; keep ids in covers: lines</source>
        <translation>un identifiant de couverture dans le texte de la branche&#xa0;; mettez les identifiants dans les lignes covers:</translation>
    </message>
    <message>
        <source>a pair note needs %1 to %2 points: (the strong answer&apos;s key points), has %3</source>
        <translation>une note pair a besoin de %1 à %2 points: (les points clés de la réponse solide), elle en a %3</translation>
    </message>
    <message>
        <source>points: holds %1 to %2 key points, has %3</source>
        <translation>points: contient de %1 à %2 points clés, il en a %3</translation>
    </message>
    <message numerus="yes">
        <source>Model: is %n word(s); a spoken model answer is %1 to %2 words (30 to 60 s aloud)</source>
        <translation>
            <numerusform>Model: fait %n mot&#xa0;; une réponse modèle à l’oral fait de %1 à %2 mots (30 à 60 s à voix haute)</numerusform>
            <numerusform>Model: fait %n mots&#xa0;; une réponse modèle à l’oral fait de %1 à %2 mots (30 à 60 s à voix haute)</numerusform>
        </translation>
    </message>
    <message>
        <source>a coverage id in %1:; keep ids in covers: lines</source>
        <translation>un identifiant de couverture dans %1:&#xa0;; mettez les identifiants dans les lignes covers:</translation>
    </message>
    <message>
        <source>a coverage id in points:; keep ids in covers: lines</source>
        <translation>un identifiant de couverture dans points:&#xa0;; mettez les identifiants dans les lignes covers:</translation>
    </message>
    <message>
        <source>a coverage id in the layer text; keep ids in covers: lines</source>
        <translation>un identifiant de couverture dans le texte de la couche&#xa0;; mettez les identifiants dans les lignes covers:</translation>
    </message>
    <message>
        <source>no such file or directory</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first in %2:%3)</source>
        <translation>identifiant &apos;%1&apos; en double (d’abord dans %2:%3)</translation>
    </message>
    <message>
        <source>no seed *.txt files here</source>
        <translation>aucun fichier source *.txt ici</translation>
    </message>
</context>
<context>
    <name>DeckName</name>
    <message>
        <source>Type a name for the deck.</source>
        <translation>Saisissez un nom pour le paquet.</translation>
    </message>
    <message>
        <source>“%1” has an empty level: every part between “::” needs a name, as in Parent::Child.</source>
        <translation>«&#xa0;%1&#xa0;» a un niveau vide&#xa0;: chaque partie entre «&#xa0;::&#xa0;» doit avoir un nom, comme dans Parent::Enfant.</translation>
    </message>
    <message>
        <source>Deck names are limited to %1 characters; this one has %2.</source>
        <translation>Les noms de paquets sont limités à %1 caractères&#xa0;; celui-ci en a %2.</translation>
    </message>
</context>
<context>
    <name>DeckParser</name>
    <message>
        <source>tab in the indentation of a %1 list; indent with two spaces per level</source>
        <translation>tabulation dans l’indentation d’une liste %1&#xa0;; indentez de deux espaces par niveau</translation>
    </message>
    <message>
        <source>a %1 entry must start at column 0 (%1 do not nest)</source>
        <translation>une entrée %1 doit commencer en colonne 0 (les %1 ne s’imbriquent pas)</translation>
    </message>
    <message>
        <source>bad indentation: a sub-%1 is indented two spaces more than its parent</source>
        <translation>indentation incorrecte&#xa0;: un sous-%1 est indenté de deux espaces de plus que son parent</translation>
    </message>
    <message>
        <source>empty %1 entry</source>
        <translation>entrée %1 vide</translation>
    </message>
    <message>
        <source>expected &apos;- &lt;%1&gt;&apos; to start the list</source>
        <translation>&apos;- &lt;%1&gt;&apos; attendu pour commencer la liste</translation>
    </message>
    <message>
        <source>bad indentation: keys are indented two spaces more than their &apos;- &apos; line</source>
        <translation>indentation incorrecte&#xa0;: les clés sont indentées de deux espaces de plus que leur ligne &apos;- &apos;</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; given twice</source>
        <translation>&apos;%1:&apos; donné deux fois</translation>
    </message>
    <message>
        <source>expected %1: or &apos;- &lt;sub-entry&gt;&apos;</source>
        <translation>%1: ou &apos;- &lt;sous-entrée&gt;&apos; attendu</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coverage id of the form S&lt;n&gt;-&lt;P|C|F|M|K&gt;&lt;n&gt;[.&lt;n&gt;]</source>
        <translation>&apos;%1&apos; n’est pas un identifiant de couverture de la forme S&lt;n&gt;-&lt;P|C|F|M|K&gt;&lt;n&gt;[.&lt;n&gt;]</translation>
    </message>
    <message>
        <source>branch &apos;%1&apos; has no %2:</source>
        <translation>la branche &apos;%1&apos; n’a pas de %2:</translation>
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
        <translation>la couche &apos;%1&apos; n’a pas de %2:</translation>
    </message>
    <message>
        <source>empty point</source>
        <translation>point vide</translation>
    </message>
    <message>
        <source>expected &apos;- &lt;point&gt;&apos;: points: holds one &apos;- &apos; line per key point</source>
        <translation>&apos;- &lt;point&gt;&apos; attendu&#xa0;: points: contient une ligne &apos;- &apos; par point clé</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>not valid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>a tree needs at least one branch</source>
        <translation>un arbre a besoin d’au moins une branche</translation>
    </message>
    <message>
        <source>a layers note needs at least one layer</source>
        <translation>une note layers a besoin d’au moins une couche</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has no %3: field</source>
        <translation>%1 &apos;%2&apos; n’a pas de champ %3:</translation>
    </message>
    <message>
        <source>%1: is empty</source>
        <translation>%1: est vide</translation>
    </message>
    <message>
        <source>unbalanced {{ }} in the cloze text</source>
        <translation>{{ }} non équilibrées dans le texte à trous</translation>
    </message>
    <message>
        <source>cloze text has no {{c1::...}} deletion</source>
        <translation>le texte à trous n’a pas de trou {{c1::...}}</translation>
    </message>
    <message>
        <source>expected &apos;## &lt;kind&gt; &lt;id&gt;&apos;</source>
        <translation>&apos;## &lt;type&gt; &lt;id&gt;&apos; attendu</translation>
    </message>
    <message>
        <source>unknown kind &apos;%1&apos; (basic, reversed, cloze, pair, tree, layers)</source>
        <translation>type &apos;%1&apos; inconnu (basic, reversed, cloze, pair, tree, layers)</translation>
    </message>
    <message>
        <source>bad id &apos;%1&apos;: use 3 to 64 lowercase letters, digits and &apos;-&apos;</source>
        <translation>identifiant &apos;%1&apos; incorrect&#xa0;: utilisez de 3 à 64 lettres minuscules, chiffres et &apos;-&apos;</translation>
    </message>
    <message>
        <source>duplicate id &apos;%1&apos; (first at line %2)</source>
        <translation>identifiant &apos;%1&apos; en double (d’abord à la ligne %2)</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos; or a &apos;## &lt;kind&gt; &lt;id&gt;&apos; block</source>
        <translation>&apos;clé: valeur&apos; ou un bloc &apos;## &lt;type&gt; &lt;id&gt;&apos; attendu</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (only 1 exists)</source>
        <translation>format &apos;%1&apos; inconnu (seul 1 existe)</translation>
    </message>
    <message>
        <source>deck: is empty</source>
        <translation>deck: est vide</translation>
    </message>
    <message>
        <source>unknown header key &apos;%1&apos; (format, deck, description, tags)</source>
        <translation>clé d’en-tête &apos;%1&apos; inconnue (format, deck, description, tags)</translation>
    </message>
    <message>
        <source>%1: given twice (first at line %2)</source>
        <translation>%1: donné deux fois (d’abord à la ligne %2)</translation>
    </message>
    <message>
        <source>unknown field &apos;%1:&apos; for a %2 note (fields: %3; common: tags, covers%4)</source>
        <translation>champ &apos;%1:&apos; inconnu pour une note %2 (champs&#xa0;: %3&#xa0;; communs&#xa0;: tags, covers%4)</translation>
    </message>
    <message>
        <source>text outside any field; start it with a field such as &apos;%1:&apos;</source>
        <translation>texte hors de tout champ&#xa0;; commencez-le par un champ comme &apos;%1:&apos;</translation>
    </message>
    <message>
        <source>code fence opened here is never closed</source>
        <translation>le bloc de code ouvert ici n’est jamais fermé</translation>
    </message>
    <message>
        <source>missing &apos;deck:&apos; header</source>
        <translation>en-tête &apos;deck:&apos; manquant</translation>
    </message>
</context>
<context>
    <name>DeckTree</name>
    <message>
        <source>A deck named &quot;%1&quot; already exists</source>
        <translation>Un paquet nommé «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>No deck with id %1</source>
        <translation>Aucun paquet avec l’identifiant %1</translation>
    </message>
    <message>
        <source>The backup %1 is of another schema version</source>
        <translation>La sauvegarde %1 utilise une autre version du schéma</translation>
    </message>
    <message>
        <source>The backup has no deck %1</source>
        <translation>La sauvegarde ne contient pas de paquet %1</translation>
    </message>
    <message>
        <source>A deck named &quot;%1&quot; has been created since; rename it first</source>
        <translation>Un paquet nommé «&#xa0;%1&#xa0;» a été créé depuis&#xa0;; renommez-le d’abord</translation>
    </message>
</context>
<context>
    <name>ForeignDataImporter</name>
    <message>
        <source>%1: import cancelled; nothing was changed</source>
        <translation>%1&#xa0;: importation annulée&#xa0;; rien n’a été modifié</translation>
    </message>
    <message>
        <source>%1: notetype &apos;%2&apos; does not exist; row skipped</source>
        <translation>%1&#xa0;: le type de note &apos;%2&apos; n’existe pas&#xa0;; ligne ignorée</translation>
    </message>
    <message>
        <source>%1: empty first field; row skipped</source>
        <translation>%1&#xa0;: premier champ vide&#xa0;; ligne ignorée</translation>
    </message>
    <message>
        <source>%1: a note with GUID %2 exists with another notetype; row skipped</source>
        <translation>%1&#xa0;: une note de GUID %2 existe avec un autre type de note&#xa0;; ligne ignorée</translation>
    </message>
    <message>
        <source>%1: the note makes no cards (a cloze note without {{c1::…}}?)</source>
        <translation>%1&#xa0;: la note ne produit aucune carte (une note à trous sans {{c1::…}}&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: media file %2: %3</source>
        <translation>%1&#xa0;: fichier média %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: media file name &quot;%2&quot; (too long, not NFC or with direction controls) was changed to &quot;%3&quot;, and the notes with it</source>
        <translation>%1&#xa0;: le nom de fichier média «&#xa0;%2&#xa0;» (trop long, pas en NFC ou avec des caractères de contrôle de direction) a été changé en «&#xa0;%3&#xa0;», ainsi que dans les notes</translation>
    </message>
    <message>
        <source>%1: media files &quot;%2&quot; and &quot;%3&quot; are one name in different Unicode forms; the second was stored as &quot;%4&quot;, and the notes with it</source>
        <translation>%1&#xa0;: les fichiers médias «&#xa0;%2&#xa0;» et «&#xa0;%3&#xa0;» sont un même nom sous deux formes Unicode&#xa0;; le second a été enregistré sous «&#xa0;%4&#xa0;», ainsi que dans les notes</translation>
    </message>
</context>
<context>
    <name>HtmlSanitizer</name>
    <message>
        <source>over %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <source>over %1 HTML tags</source>
        <translation>plus de %1 balises HTML</translation>
    </message>
    <message>
        <source>a tag with over %1 attributes</source>
        <translation>une balise avec plus de %1 attributs</translation>
    </message>
    <message>
        <source>HTML nested over %1 levels deep</source>
        <translation>HTML imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>HTML too costly to parse</source>
        <translation>HTML trop coûteux à analyser</translation>
    </message>
</context>
<context>
    <name>ImportDispatcher</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: is a folder, not a file</source>
        <translation>%1&#xa0;: est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>%1: not a regular file (a device or pipe)</source>
        <translation>%1&#xa0;: pas un fichier ordinaire (un périphérique ou un tube)</translation>
    </message>
    <message>
        <source>%1: not readable (permissions)</source>
        <translation>%1&#xa0;: illisible (droits d’accès)</translation>
    </message>
    <message>
        <source>%1: could not back up the collection first, so nothing was imported: %2</source>
        <translation>%1&#xa0;: impossible de sauvegarder d’abord la collection, donc rien n’a été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a format Debrief can import</source>
        <translation>%1&#xa0;: pas un format que Debrief sait importer</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
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
    <message>
        <source>%1: cancelled; the collection is unchanged.</source>
        <translation>%1&#xa0;: annulé&#xa0;; la collection est inchangée.</translation>
    </message>
</context>
<context>
    <name>ImportTemp</name>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>Impossible de créer un dossier temporaire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2 (disk full?)</source>
        <translation>Impossible de copier %1 vers %2 (disque plein&#xa0;?)</translation>
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
    <name>MediaStager</name>
    <message>
        <source>Cannot create the media folder %1</source>
        <translation>Impossible de créer le dossier des médias %1</translation>
    </message>
    <message>
        <source>Cannot create a staging folder in %1</source>
        <translation>Impossible de créer un dossier de transit dans %1</translation>
    </message>
    <message>
        <source>Cannot find a free name for media file %1</source>
        <translation>Impossible de trouver un nom libre pour le fichier média %1</translation>
    </message>
    <message>
        <source>Unsafe media file name: %1</source>
        <translation>Nom de fichier média dangereux&#xa0;: %1</translation>
    </message>
    <message>
        <source>Media file %1 is too large</source>
        <translation>Le fichier média %1 est trop volumineux</translation>
    </message>
    <message>
        <source>Cannot write media file %1</source>
        <translation>Impossible d’écrire le fichier média %1</translation>
    </message>
    <message>
        <source>Cannot read media file %1</source>
        <translation>Impossible de lire le fichier média %1</translation>
    </message>
    <message>
        <source>Could not move media into place: %1</source>
        <translation>Impossible de mettre les médias en place&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MediaStore</name>
    <message>
        <source>&quot;%1&quot; is not a plain media file name</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un simple nom de fichier média</translation>
    </message>
    <message>
        <source>Cannot create the media folder %1</source>
        <translation>Impossible de créer le dossier des médias %1</translation>
    </message>
    <message>
        <source>Cannot write media file %1: %2</source>
        <translation>Impossible d’écrire le fichier média %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>No schema migration %1</source>
        <translation>Pas de migration de schéma %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>Schema migration to version %1 failed: %2</source>
        <translation>La migration du schéma vers la version %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot read the schema version of %1</source>
        <translation>Impossible de lire la version du schéma de %1</translation>
    </message>
    <message>
        <source>%1 has schema version %2; this Debrief understands up to %3. Update Debrief to open it.</source>
        <translation>%1 a la version de schéma %2&#xa0;; ce Debrief comprend jusqu’à la %3. Mettez Debrief à jour pour l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>MnemosyneImporter</name>
    <message>
        <source>%1: not a Mnemosyne 1.x export (root element must be &lt;mnemosyne core_version=&quot;1&quot;&gt;)</source>
        <translation>%1&#xa0;: pas un export Mnemosyne 1.x (l’élément racine doit être &lt;mnemosyne core_version=&quot;1&quot;&gt;)</translation>
    </message>
    <message>
        <source>%1:%2: malformed XML: %3</source>
        <translation>%1:%2&#xa0;: XML mal formé&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: item id &apos;%2&apos; appears more than once; imported as separate facts</source>
        <translation>%1&#xa0;: l’identifiant d’élément &apos;%2&apos; apparaît plusieurs fois&#xa0;; importé comme des faits distincts</translation>
    </message>
    <message>
        <source>an SQLite file, but not a Mnemosyne 2.x database</source>
        <translation>un fichier SQLite, mais pas une base de données Mnemosyne 2.x</translation>
    </message>
    <message>
        <source>%1: unknown Mnemosyne database version &apos;%2&apos;; importing anyway</source>
        <translation>%1&#xa0;: version &apos;%2&apos; de base de données Mnemosyne inconnue&#xa0;; importation malgré tout</translation>
    </message>
    <message>
        <source>%1: fact %2 uses Mnemosyne card type %3, which is not imported</source>
        <translation>%1&#xa0;: le fait %2 utilise le type de carte Mnemosyne %3, qui n’est pas importé</translation>
    </message>
    <message>
        <source>a zip without cards.xml, so not a Mnemosyne .cards file</source>
        <translation>une archive zip sans cards.xml, donc pas un fichier .cards de Mnemosyne</translation>
    </message>
    <message>
        <source>cards.xml is not an openSM2sync document</source>
        <translation>cards.xml n’est pas un document openSM2sync</translation>
    </message>
    <message>
        <source>media file name &apos;%1&apos; points outside the media folder</source>
        <translation>le nom de fichier média &apos;%1&apos; pointe hors du dossier des médias</translation>
    </message>
    <message>
        <source>%1: media file &apos;%2&apos; is not in the archive</source>
        <translation>%1&#xa0;: le fichier média &apos;%2&apos; n’est pas dans l’archive</translation>
    </message>
    <message>
        <source>cards.xml line %1: malformed XML: %2</source>
        <translation>cards.xml ligne %1&#xa0;: XML mal formé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: card of fact &apos;%2&apos; (card type %3) is not imported</source>
        <translation>%1&#xa0;: la carte du fait &apos;%2&apos; (type de carte %3) n’est pas importée</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>%1: larger than %2 MiB; refusing to read it</source>
        <translation>%1&#xa0;: plus de %2 Mio&#xa0;; lecture refusée</translation>
    </message>
    <message>
        <source>%1: not a Mnemosyne XML export, .cards file or database</source>
        <translation>%1&#xa0;: ni un export XML, ni un fichier .cards, ni une base de données Mnemosyne</translation>
    </message>
</context>
<context>
    <name>PdfReportWriter</name>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>cannot finish %1</source>
        <translation>impossible de terminer %1</translation>
    </message>
</context>
<context>
    <name>PresetCheck</name>
    <message>
        <source>New cards/day must be between 0 and %1 (it is %2).</source>
        <translation>Les nouvelles cartes par jour doivent être entre 0 et %1 (valeur actuelle&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Maximum reviews/day must be between 0 and %1 (it is %2).</source>
        <translation>Le maximum de révisions par jour doit être entre 0 et %1 (valeur actuelle&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The rehearsal time per answer must be between %1 and %2 seconds (it is %3).</source>
        <translation>Le temps de répétition par réponse doit être entre %1 et %2 secondes (valeur actuelle&#xa0;: %3).</translation>
    </message>
    <message>
        <source>Today&apos;s new card limit must be between 0 and %1 (it is %2).</source>
        <translation>La limite de nouvelles cartes pour aujourd’hui doit être entre 0 et %1 (valeur actuelle&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Today&apos;s review limit must be between 0 and %1 (it is %2).</source>
        <translation>La limite de révisions pour aujourd’hui doit être entre 0 et %1 (valeur actuelle&#xa0;: %2).</translation>
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
    <name>RenderLimits</name>
    <message>
        <source>This card is too large or complex to show (%1).</source>
        <translation>Cette carte est trop volumineuse ou trop complexe pour être affichée (%1).</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>no deck named &apos;%1&apos;</source>
        <translation>aucun paquet nommé &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ReportFileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write in %1: %2</source>
        <translation>impossible d’écrire dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot replace %1</source>
        <translation>impossible de remplacer %1</translation>
    </message>
</context>
<context>
    <name>SearchParser</name>
    <message>
        <source>search: %1 (at column %2)</source>
        <translation>recherche&#xa0;: %1 (à la colonne %2)</translation>
    </message>
    <message>
        <source>&apos;-&apos; before &apos;)&apos;</source>
        <translation>&apos;-&apos; avant &apos;)&apos;</translation>
    </message>
    <message>
        <source>a backslash at the end escapes nothing</source>
        <translation>une barre oblique inverse à la fin n’échappe rien</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>un guillemet n’est pas fermé</translation>
    </message>
    <message>
        <source>&apos;-&apos; needs something to negate</source>
        <translation>&apos;-&apos; a besoin de quelque chose à nier</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; needs a value</source>
        <translation>&apos;%1:&apos; a besoin d’une valeur</translation>
    </message>
    <message>
        <source>card numbers start at 1</source>
        <translation>les numéros de carte commencent à 1</translation>
    </message>
    <message>
        <source>&apos;is:%1&apos; is not one of %2</source>
        <translation>&apos;is:%1&apos; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>&apos;flag:&apos; takes a number from 0 to 7</source>
        <translation>&apos;flag:&apos; prend un nombre de 0 à 7</translation>
    </message>
    <message>
        <source>&apos;rated:&apos; takes days from 1 to 365, then optionally :1-4</source>
        <translation>&apos;rated:&apos; prend un nombre de jours de 1 à 365, puis éventuellement&#xa0;:1-4</translation>
    </message>
    <message>
        <source>&apos;rated:N:&apos; takes a rating from 1 to 4</source>
        <translation>&apos;rated:N:&apos; prend une évaluation de 1 à 4</translation>
    </message>
    <message>
        <source>&apos;added:&apos; takes a number of days</source>
        <translation>&apos;added:&apos; prend un nombre de jours</translation>
    </message>
    <message>
        <source>&apos;prop:&apos; takes a comparison such as prop:ivl&gt;10</source>
        <translation>&apos;prop:&apos; prend une comparaison comme prop:ivl&gt;10</translation>
    </message>
    <message>
        <source>&apos;prop:%1&apos; is not one of %2</source>
        <translation>&apos;prop:%1&apos; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; n’est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;kind:%1&apos; is not one of %2</source>
        <translation>&apos;kind:%1&apos; ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>&apos;%1:&apos; takes ids separated by commas</source>
        <translation>&apos;%1:&apos; prend des identifiants séparés par des virgules</translation>
    </message>
    <message>
        <source>&apos;)&apos; without &apos;(&apos;</source>
        <translation>&apos;)&apos; sans &apos;(&apos;</translation>
    </message>
    <message>
        <source>&apos;and&apos; needs something before it</source>
        <translation>&apos;and&apos; a besoin de quelque chose avant lui</translation>
    </message>
    <message>
        <source>&apos;or&apos; needs something on both sides</source>
        <translation>&apos;or&apos; a besoin de quelque chose des deux côtés</translation>
    </message>
    <message>
        <source>an empty group</source>
        <translation>un groupe vide</translation>
    </message>
    <message>
        <source>parentheses nested deeper than %1</source>
        <translation>parenthèses imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>&apos;(&apos; is not closed</source>
        <translation>&apos;(&apos; n’est pas fermée</translation>
    </message>
    <message>
        <source>search: the query is longer than %1 characters</source>
        <translation>recherche&#xa0;: la requête dépasse %1 caractères</translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>Cannot bind parameter %1 of &quot;%2&quot;: %3</source>
        <translation>Impossible de lier le paramètre %1 de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>SQLite: %1 (in &quot;%2&quot;)</source>
        <translation>SQLite&#xa0;: %1 (dans «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <source>Stepping an invalid statement</source>
        <translation>Exécution d’une instruction non valide</translation>
    </message>
</context>
<context>
    <name>StatsQueries</name>
    <message>
        <source>Cannot register the answer counter</source>
        <translation>Impossible d’enregistrer le compteur de réponses</translation>
    </message>
</context>
<context>
    <name>StepsText</name>
    <message>
        <source>&quot;%1&quot; is not a step. Write steps like &quot;1m 10m 1h 1d&quot;: a number and s, m, h or d, from 1 second to 365 days, separated by spaces.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étape. Écrivez les étapes comme «&#xa0;1m 10m 1h 1d&#xa0;»&#xa0;: un nombre suivi de s, m, h ou d, de 1 seconde à 365 jours, séparées par des espaces.</translation>
    </message>
</context>
<context>
    <name>StorableText</name>
    <message>
        <source>the control character %1, which separates a note&apos;s fields</source>
        <translation>le caractère de contrôle %1, qui sépare les champs d’une note</translation>
    </message>
    <message>
        <source>%1, half of a character pair without its other half</source>
        <translation>%1, la moitié d’une paire de caractères sans son autre moitié</translation>
    </message>
    <message>
        <source>%1: character %2 is %3; a note cannot store it. Remove it (retype the text around it).</source>
        <translation>%1&#xa0;: le caractère %2 est %3&#xa0;; une note ne peut pas l’enregistrer. Supprimez-le (retapez le texte qui l’entoure).</translation>
    </message>
</context>
<context>
    <name>StudyRepository</name>
    <message>
        <source>No deck with id %1</source>
        <translation>Aucun paquet avec l’identifiant %1</translation>
    </message>
</context>
<context>
    <name>TextExporter</name>
    <message>
        <source>There is no deck with id %1</source>
        <translation>Il n’y a pas de paquet d’identifiant %1</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TextImporter</name>
    <message>
        <source>%1: unknown separator &apos;%2&apos; ignored</source>
        <translation>%1&#xa0;: séparateur &apos;%2&apos; inconnu ignoré</translation>
    </message>
    <message numerus="yes">
        <source>%1: #columns names %n column(s); at most %2 are read</source>
        <translation>
            <numerusform>%1&#xa0;: #columns nomme %n colonne&#xa0;; au plus %2 sont lues</numerusform>
            <numerusform>%1&#xa0;: #columns nomme %n colonnes&#xa0;; au plus %2 sont lues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: #%2 %3 is not a column from 1 to %4</source>
        <translation>%1&#xa0;: #%2 %3 n’est pas une colonne de 1 à %4</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <source>%1: more than %2 fields in the file; split it into smaller files</source>
        <translation>%1&#xa0;: plus de %2 champs dans le fichier&#xa0;; découpez-le en fichiers plus petits</translation>
    </message>
    <message>
        <source>%1: no rows to import</source>
        <translation>%1&#xa0;: aucune ligne à importer</translation>
    </message>
    <message>
        <source>%1: notetype &apos;%2&apos; from the #notetype header does not exist; using Basic</source>
        <translation>%1&#xa0;: le type de note &apos;%2&apos; de l’en-tête #notetype n’existe pas&#xa0;; Basic est utilisé</translation>
    </message>
    <message>
        <source>%1: notetype &apos;%2&apos; does not exist</source>
        <translation>%1&#xa0;: le type de note &apos;%2&apos; n’existe pas</translation>
    </message>
    <message>
        <source>%1: field map: notetype &apos;%2&apos; has no field &apos;%3&apos;</source>
        <translation>%1&#xa0;: correspondance des champs&#xa0;: le type de note &apos;%2&apos; n’a pas de champ &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: notetype &apos;%2&apos; does not exist; row skipped</source>
        <translation>%1&#xa0;: le type de note &apos;%2&apos; n’existe pas&#xa0;; ligne ignorée</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s), expected %2; missing fields left empty</source>
        <translation>
            <numerusform>%1&#xa0;: %n colonne, %2 attendues&#xa0;; les champs manquants restent vides</numerusform>
            <numerusform>%1&#xa0;: %n colonnes, %2 attendues&#xa0;; les champs manquants restent vides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n column(s), only %2 used; the rest were ignored</source>
        <translation>
            <numerusform>%1&#xa0;: %n colonne, seulement %2 utilisées&#xa0;; le reste a été ignoré</numerusform>
            <numerusform>%1&#xa0;: %n colonnes, seulement %2 utilisées&#xa0;; le reste a été ignoré</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 bytes is more than the %3 MiB a text import accepts</source>
        <translation>%1&#xa0;: %2 octets dépassent les %3 Mio qu’accepte une importation de texte</translation>
    </message>
</context>
<context>
    <name>UndoLog</name>
    <message>
        <source>No card with id %1</source>
        <translation>Aucune carte avec l’identifiant %1</translation>
    </message>
</context>
<context>
    <name>XlsxReportWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>ZipReader</name>
    <message>
        <source>File not found: %1</source>
        <translation>Fichier introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is not a valid zip archive</source>
        <translation>%1 n’est pas une archive zip valide</translation>
    </message>
    <message>
        <source>%1 has too many members</source>
        <translation>%1 contient trop d’éléments</translation>
    </message>
    <message>
        <source>%1: cannot read member %2</source>
        <translation>%1&#xa0;: impossible de lire l’élément %2</translation>
    </message>
    <message>
        <source>%1: bad sizes in member %2</source>
        <translation>%1&#xa0;: tailles incorrectes dans l’élément %2</translation>
    </message>
    <message>
        <source>%1 would unpack to more than %2 MiB</source>
        <translation>%1 occuperait plus de %2 Mio une fois décompressé</translation>
    </message>
    <message>
        <source>%1: member %2 is compressed suspiciously well (zip bomb?)</source>
        <translation>%1&#xa0;: l’élément %2 est étrangement bien compressé (bombe zip&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: the package unpacks to more than %2 MiB (member %3; decompression bomb?)</source>
        <translation>%1&#xa0;: le paquet occupe plus de %2 Mio une fois décompressé (élément %3&#xa0;; bombe de décompression&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: member %2 is compressed suspiciously well (decompression bomb?)</source>
        <translation>%1&#xa0;: l’élément %2 est étrangement bien compressé (bombe de décompression&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: no such member</source>
        <translation>%1&#xa0;: élément introuvable</translation>
    </message>
    <message>
        <source>%1: member %2: %3</source>
        <translation>%1&#xa0;: élément %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: member %2 is too large</source>
        <translation>%1&#xa0;: l’élément %2 est trop volumineux</translation>
    </message>
    <message>
        <source>%1: cannot open member %2: %3</source>
        <translation>%1&#xa0;: impossible d’ouvrir l’élément %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: member %2 is damaged: %3</source>
        <translation>%1&#xa0;: l’élément %2 est endommagé&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: member %2 unpacks to more than it declares</source>
        <translation>%1&#xa0;: l’élément %2 occupe plus que sa taille déclarée une fois décompressé</translation>
    </message>
    <message>
        <source>%1: member %2 is truncated</source>
        <translation>%1&#xa0;: l’élément %2 est tronqué</translation>
    </message>
</context>
<context>
    <name>ZstdDecoder</name>
    <message>
        <source>Out of memory</source>
        <translation>Mémoire insuffisante</translation>
    </message>
    <message>
        <source>Damaged zstd data: %1</source>
        <translation>Données zstd endommagées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Compressed data unpacks to more than %1 MiB</source>
        <translation>Les données compressées occupent plus de %1 Mio une fois décompressées</translation>
    </message>
    <message>
        <source>Truncated zstd data</source>
        <translation>Données zstd tronquées</translation>
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
    <message>
        <source>Usage:</source>
        <translation>Usage&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Exemple&#xa0;:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Exemples&#xa0;:</translation>
    </message>
    <message>
        <source>Adds a Basic note (one new card) to the deck, creating the deck if needed.
Prints the new note id and card id.</source>
        <translation>Ajoute une note simple (une nouvelle carte) au paquet, en créant le paquet si nécessaire.
Affiche l’identifiant de la nouvelle note et celui de la carte.</translation>
    </message>
    <message>
        <source>the deck; &quot;::&quot; separates subdecks</source>
        <translation>le paquet&#xa0;; «&#xa0;::&#xa0;» sépare les sous-paquets</translation>
    </message>
    <message>
        <source>the question side (required)</source>
        <translation>le recto, la question (obligatoire)</translation>
    </message>
    <message>
        <source>the answer side</source>
        <translation>le verso, la réponse</translation>
    </message>
    <message>
        <source>tags, separated by spaces</source>
        <translation>étiquettes, séparées par des espaces</translation>
    </message>
    <message>
        <source>Writes a consistent copy of the collection (safe while the app is open) and prints the file written.</source>
        <translation>Écrit une copie cohérente de la collection (sans risque pendant que l’application est ouverte)
et affiche le fichier écrit.</translation>
    </message>
    <message>
        <source>where to write (default: &lt;data dir&gt;/backups/collection-&lt;UTC time&gt;.sqlite);
an existing file is not overwritten</source>
        <translation>fichier de destination (par défaut&#xa0;: &lt;dossier de données&gt;/backups/collection-&lt;heure UTC&gt;.sqlite)&#xa0;;
un fichier existant n’est pas écrasé</translation>
    </message>
    <message>
        <source>Replaces the collection with the backup FILE after checking that it is a sound Debrief collection.
Refuses while the app has the collection open.</source>
        <translation>Remplace la collection par la sauvegarde FICHIER après avoir vérifié qu’il s’agit d’une collection
Debrief saine. Refuse tant que l’application a la collection ouverte.</translation>
    </message>
    <message>
        <source>Runs SQLite&apos;s integrity check and Debrief&apos;s own consistency rules (orphan cards, notes without
cards, impossible scheduling states). Exit 0 when clean, 1 when problems were found (each
printed on stdout).</source>
        <translation>Exécute le contrôle d’intégrité de SQLite et les règles de cohérence propres à Debrief (cartes
orphelines, notes sans cartes, états de planification impossibles). Code de sortie 0 si tout va
bien, 1 si des problèmes ont été trouvés (chacun affiché sur la sortie standard).</translation>
    </message>
    <message>
        <source>Lists every deck with the cards due today (new, learning, review), subdecks counted into their parents.</source>
        <translation>Liste chaque paquet avec les cartes à réviser aujourd’hui (nouvelles, en apprentissage, en
révision), les sous-paquets étant comptés dans leurs parents.</translation>
    </message>
    <message>
        <source>print a JSON array instead of a table</source>
        <translation>afficher un tableau JSON au lieu d’une table</translation>
    </message>
    <message>
        <source>Prints the cards due now as &apos;new learn review&apos; counts (after daily limits), for all decks or for
one deck and its subdecks.</source>
        <translation>Affiche les cartes à réviser maintenant sous forme de nombres &apos;new learn review&apos; (après les
limites quotidiennes), pour tous les paquets ou pour un paquet et ses sous-paquets.</translation>
    </message>
    <message>
        <source>only this deck and its subdecks</source>
        <translation>uniquement ce paquet et ses sous-paquets</translation>
    </message>
    <message>
        <source>list the due card ids in study order instead</source>
        <translation>lister plutôt les identifiants des cartes à réviser dans l’ordre d’étude</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>afficher du JSON au lieu de texte</translation>
    </message>
    <message>
        <source>Exports notes to a file that Anki, a spreadsheet or Debrief can read back.</source>
        <translation>Exporte des notes dans un fichier qu’Anki, un tableur ou Debrief peut relire.</translation>
    </message>
    <message>
        <source>csv/tsv: Anki &quot;Notes in Plain Text&quot; with #guid/#notetype/#deck/#tags columns
(re-importable); apkg: Anki package; deck: Debrief deck file (needs --deck)</source>
        <translation>csv/tsv&#xa0;: «&#xa0;Notes in Plain Text&#xa0;» d’Anki avec les colonnes #guid/#notetype/#deck/#tags
(réimportable)&#xa0;; apkg&#xa0;: paquet Anki&#xa0;; deck&#xa0;: fichier de paquet Debrief (exige --deck)</translation>
    </message>
    <message>
        <source>only this deck and its subdecks (default: everything)</source>
        <translation>uniquement ce paquet et ses sous-paquets (par défaut&#xa0;: tout)</translation>
    </message>
    <message>
        <source>apkg: keep scheduling and review history (default: cards leave as new)</source>
        <translation>apkg&#xa0;: conserver la planification et l’historique des révisions (par défaut&#xa0;: les cartes partent comme nouvelles)</translation>
    </message>
    <message>
        <source>where to write</source>
        <translation>fichier de destination</translation>
    </message>
    <message>
        <source>Creates a new synthetic collection in --data-dir (which must not hold one yet): a deck tree,
cards in every state and a review history before --now. For benchmarks, not for study.</source>
        <translation>Crée une nouvelle collection synthétique dans --data-dir (qui ne doit pas encore en contenir)&#xa0;:
une arborescence de paquets, des cartes dans tous les états et un historique de révisions
antérieur à --now. Pour les mesures de performance, pas pour étudier.</translation>
    </message>
    <message>
        <source>number of cards (default 100000)</source>
        <translation>nombre de cartes (100000 par défaut)</translation>
    </message>
    <message>
        <source>number of review-log rows (default 1000000)</source>
        <translation>nombre de lignes du journal des révisions (1000000 par défaut)</translation>
    </message>
    <message>
        <source>seed of the pseudo-random choices (default 42)</source>
        <translation>graine des choix pseudo-aléatoires (42 par défaut)</translation>
    </message>
    <message>
        <source>Imports each FILE (.apkg .colpkg .anki2 .deck .txt .csv .tsv .xml .cards .db) in its own transaction:
a file that fails changes nothing. Before importing into a collection that has notes, a backup is
written to &lt;data dir&gt;/backups/. One result line per file on stdout; problems on stderr as
file:line: message.</source>
        <translation>Importe chaque FICHIER (.apkg .colpkg .anki2 .deck .txt .csv .tsv .xml .cards .db) dans sa propre
transaction&#xa0;: un fichier en échec ne modifie rien. Avant d’importer dans une collection qui contient
des notes, une sauvegarde est écrite dans &lt;dossier de données&gt;/backups/. Une ligne de résultat par
fichier sur la sortie standard&#xa0;; les problèmes sur la sortie d’erreur, sous la forme fichier:ligne: message.</translation>
    </message>
    <message>
        <source>target deck for text files (default: the file&apos;s #deck header, else Default)</source>
        <translation>paquet cible des fichiers texte (par défaut&#xa0;: l’en-tête #deck du fichier, sinon Default)</translation>
    </message>
    <message>
        <source>notetype for text files (default: #notetype header, else Basic)</source>
        <translation>type de note des fichiers texte (par défaut&#xa0;: l’en-tête #notetype, sinon Basic)</translation>
    </message>
    <message>
        <source>text columns (1-based) to fields; FIELD may be tags, deck, guid, notetype;
columns not listed are skipped</source>
        <translation>colonnes du texte (numérotées à partir de 1) vers les champs&#xa0;; FIELD peut être tags, deck, guid,
notetype&#xa0;; les colonnes non listées sont ignorées</translation>
    </message>
    <message>
        <source>text separator: a character or tab, comma, semicolon, pipe, colon, space</source>
        <translation>séparateur du texte&#xa0;: un caractère ou tab, comma, semicolon, pipe, colon, space</translation>
    </message>
    <message>
        <source>the first text row holds column labels</source>
        <translation>la première ligne du texte contient les intitulés des colonnes</translation>
    </message>
    <message>
        <source>drop imported scheduling and review history</source>
        <translation>abandonner la planification et l’historique des révisions importés</translation>
    </message>
    <message>
        <source>existing notes: if-newer (default), always, never</source>
        <translation>notes existantes&#xa0;: if-newer (par défaut), always, never</translation>
    </message>
    <message>
        <source>Creates the collection in the data dir if it does not exist, and installs or updates the bundled
interview-prep decks (progress on existing cards is kept). Safe to run again.</source>
        <translation>Crée la collection dans le dossier de données si elle n’existe pas, puis installe ou met à jour
les paquets de préparation aux entretiens fournis (la progression des cartes existantes est
conservée). Peut être relancé sans risque.</translation>
    </message>
    <message>
        <source>create the collection only, without the bundled decks</source>
        <translation>créer seulement la collection, sans les paquets fournis</translation>
    </message>
    <message>
        <source>Checks .deck files (PATH is a file or a directory of *.deck files) and prints one
&apos;file:line: problem&apos; line per problem on stdout; ids must be unique across all PATHs.
Exit status: 0 clean, 1 problems found, 2 bad usage.</source>
        <translation>Vérifie des fichiers .deck (PATH est un fichier ou un dossier de fichiers *.deck) et affiche une
ligne &apos;fichier:ligne: problème&apos; par problème sur la sortie standard&#xa0;; les identifiants doivent
être uniques dans tous les PATH. Code de sortie&#xa0;: 0 si tout va bien, 1 si des problèmes ont été
trouvés, 2 en cas de mauvaise utilisation.</translation>
    </message>
    <message>
        <source>also list every checklist id (a bullet starting with a bold id such as
&apos;- **S1-F2.3**&apos;) that no card covers</source>
        <translation>lister aussi chaque identifiant de la liste de contrôle (une puce commençant par un identifiant
en gras comme &apos;- **S1-F2.3**&apos;) qu’aucune carte ne couvre</translation>
    </message>
    <message>
        <source>also flag runs of 10+ words shared with DIR/*.txt</source>
        <translation>signaler aussi les suites de 10 mots ou plus communes avec DIR/*.txt</translation>
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
        <translation>Rejoue des réponses dans le planificateur SM-2 avec les options par défaut d’Anki&#xa0;; chaque carte
commence comme nouvelle, les jours changent à 04:00 UTC. Aucune collection n’est lue ni écrite.

Entrée&#xa0;: card_id,review_time,rating (secondes Unix UTC&#xa0;; 1 à revoir, 2 difficile, 3 correct,
         4 facile&#xa0;; lignes dans l’ordre chronologique, cartes entremêlées&#xa0;; FICHIER peut être -
         pour l’entrée standard)
Sortie&#xa0;: card_id,review_time,rating,state,interval_days,ease,due
         state learning/review/relearning&#xa0;; interval_days 0 jusqu’à la première promotion de la
         carte&#xa0;; ease en pour mille&#xa0;; due en secondes Unix (l’instant d’une étape d’apprentissage,
         ou 04:00 UTC du jour de révision).</translation>
    </message>
    <message>
        <source>exact intervals (default: Anki&apos;s fuzz, seeded from card id + review count)</source>
        <translation>intervalles exacts (par défaut&#xa0;: la variation aléatoire d’Anki, tirée de l’identifiant de carte + nombre de révisions)</translation>
    </message>
    <message>
        <source>Writes a progress report on the collection (opened read-only, so the app may stay open):
answers per day, streaks, forecast, intervals, ease, hours, buttons, true retention, hardest
cards and interview readiness per topic (a topic is a tag, or the top-level deck of untagged
cards). Dates are YYYY-MM-DD local study days; the period defaults to all history.</source>
        <translation>Écrit un rapport de progression sur la collection (ouverte en lecture seule, l’application peut
donc rester ouverte)&#xa0;: réponses par jour, séries, prévisions, intervalles, facilité, heures,
boutons, rétention réelle, cartes les plus difficiles et préparation à l’entretien par thème (un
thème est une étiquette, ou le paquet de premier niveau des cartes sans étiquette). Les dates sont
des jours d’étude locaux AAAA-MM-JJ&#xa0;; par défaut, la période couvre tout l’historique.</translation>
    </message>
    <message>
        <source>pdf, html (self-contained), csv (the review log; --summary: per topic),
json (schema docs/report-schema.json) or xlsx (its Review log
sheet: the latest 25,000 answers; csv has them all)</source>
        <translation>pdf, html (autonome), csv (le journal des révisions&#xa0;; --summary&#xa0;: par thème),
json (schéma docs/report-schema.json) ou xlsx (sa feuille «&#xa0;Review log&#xa0;»&#xa0;:
les 25 000 dernières réponses&#xa0;; le csv les contient toutes)</translation>
    </message>
    <message>
        <source>where to write; &apos;-&apos; writes csv, json and html to stdout</source>
        <translation>fichier de destination&#xa0;; &apos;-&apos; écrit csv, json et html sur la sortie standard</translation>
    </message>
    <message>
        <source>first study day of the period</source>
        <translation>premier jour d’étude de la période</translation>
    </message>
    <message>
        <source>last study day of the period</source>
        <translation>dernier jour d’étude de la période</translation>
    </message>
    <message>
        <source>interview date: is the pace enough to see every card and mature
--target-mature percent of them (default 80) by then?</source>
        <translation>date de l’entretien&#xa0;: le rythme suffit-il pour voir chaque carte d’ici là et en faire
mûrir --target-mature pour cent (80 par défaut)&#xa0;?</translation>
    </message>
    <message>
        <source>share of cards to be mature by --target-date (default 80)</source>
        <translation>part des cartes qui doivent être mûres à --target-date (80 par défaut)</translation>
    </message>
    <message>
        <source>csv: one row per topic instead of the review log</source>
        <translation>csv&#xa0;: une ligne par thème au lieu du journal des révisions</translation>
    </message>
    <message>
        <source>start CSV with a UTF-8 byte-order mark (for spreadsheet apps)</source>
        <translation>commencer le CSV par une marque d’ordre des octets UTF-8 (pour les tableurs)</translation>
    </message>
    <message>
        <source>PDF paper: A4 or Letter (default: the locale&apos;s)</source>
        <translation>format du papier PDF&#xa0;: A4 ou Letter (par défaut&#xa0;: celui des paramètres régionaux)</translation>
    </message>
    <message>
        <source>one combined report over these data folders (a row per learner and
topic); an unreadable collection is reported and skipped</source>
        <translation>un rapport combiné sur ces dossiers de données (une ligne par apprenant et par
thème)&#xa0;; une collection illisible est signalée et ignorée</translation>
    </message>
    <message>
        <source>Statistics and readiness report (pdf, html, csv, json, xlsx)</source>
        <translation>Rapport de statistiques et de préparation (pdf, html, csv, json, xlsx)</translation>
    </message>
    <message>
        <source>Finds cards (or notes with --notes) with the browser&apos;s search syntax, as Anki:
  words and &quot;phrases&quot; (* any run, _ one character), -negation, or, ( )
  field:text  deck:NAME  tag:NAME  note:TYPE  card:N|NAME  kind:pair|tree|layers|basic|cloze
  is:new|learn|review|due|suspended|buried|leech  flag:0-7  rated:DAYS[:1-4]  added:DAYS
  prop:ivl|due|ease|lapses|reps with = != &lt; &gt; &lt;= &gt;=  nid:ID,..  cid:ID,..
Prints one line per result (card id, note id, deck, sort field). Opens the collection
read-only, so it works while the app is open.</source>
        <translation>Trouve des cartes (ou des notes avec --notes) avec la syntaxe de recherche du navigateur, comme Anki&#xa0;:
  mots et &quot;expressions&quot; (* une suite quelconque, _ un caractère), -négation, or, ( )
  field:text  deck:NAME  tag:NAME  note:TYPE  card:N|NAME  kind:pair|tree|layers|basic|cloze
  is:new|learn|review|due|suspended|buried|leech  flag:0-7  rated:DAYS[:1-4]  added:DAYS
  prop:ivl|due|ease|lapses|reps avec =&#xa0;!= &lt; &gt; &lt;= &gt;=  nid:ID,..  cid:ID,..
Affiche une ligne par résultat (identifiant de carte, de note, paquet, champ de tri). Ouvre la
collection en lecture seule, et fonctionne donc pendant que l’application est ouverte.</translation>
    </message>
    <message>
        <source>find notes instead of cards</source>
        <translation>trouver des notes au lieu de cartes</translation>
    </message>
    <message>
        <source>print the ids only</source>
        <translation>n’afficher que les identifiants</translation>
    </message>
    <message>
        <source>print a JSON array</source>
        <translation>afficher un tableau JSON</translation>
    </message>
    <message>
        <source>order by created (default), sort, deck, due, ivl, ease, reps, lapses or mod</source>
        <translation>trier par created (par défaut), sort, deck, due, ivl, ease, reps, lapses ou mod</translation>
    </message>
    <message>
        <source>reverse the order</source>
        <translation>inverser l’ordre</translation>
    </message>
    <message>
        <source>end of options: the rest is the query</source>
        <translation>fin des options&#xa0;: le reste est la requête</translation>
    </message>
    <message>
        <source>Answers up to N due cards with pseudo-random ratings, through the same code path as the app.
Each answer is committed in its own transaction; after each commit prints
&apos;answered &lt;card_id&gt; &lt;review_id&gt;&apos;. Stops early when nothing is due.</source>
        <translation>Répond à au plus N cartes à réviser avec des évaluations pseudo-aléatoires, par le même chemin
de code que l’application. Chaque réponse est validée dans sa propre transaction&#xa0;; après chaque
validation, affiche &apos;answered &lt;card_id&gt; &lt;review_id&gt;&apos;. S’arrête plus tôt quand il n’y a plus rien à réviser.</translation>
    </message>
    <message>
        <source>answer up to N cards (required)</source>
        <translation>répondre à au plus N cartes (obligatoire)</translation>
    </message>
    <message>
        <source>seed of the ratings (default 1)</source>
        <translation>graine des évaluations (1 par défaut)</translation>
    </message>
    <message>
        <source>data dir %1 is a file, not a folder</source>
        <translation>le dossier de données %1 est un fichier, pas un dossier</translation>
    </message>
    <message>
        <source>no collection in %1 (create one with: debrief-cli --data-dir %1 init)</source>
        <translation>aucune collection dans %1 (pour en créer une&#xa0;: debrief-cli --data-dir %1 init)</translation>
    </message>
    <message>
        <source>cannot create data dir %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>data dir %1 is not writable</source>
        <translation>le dossier de données %1 n’est pas accessible en écriture</translation>
    </message>
    <message>
        <source>%1: no deck named &apos;%2&apos;</source>
        <translation>%1&#xa0;: aucun paquet nommé &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: unexpected argument &apos;%2&apos;</source>
        <extracomment>%1 is the command (add, check, decks...), %2 what the user typed</extracomment>
        <translation>%1&#xa0;: argument inattendu &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: %2 needs a value</source>
        <extracomment>%1 is the command (add, lint, report), %2 its option (--deck...)</extracomment>
        <translation>%1&#xa0;: %2 a besoin d’une valeur</translation>
    </message>
    <message>
        <source>add: --deck and --front are required (and must not be empty)</source>
        <translation>add&#xa0;: --deck et --front sont obligatoires (et ne doivent pas être vides)</translation>
    </message>
    <message>
        <source>backup: cannot create %1</source>
        <translation>backup&#xa0;: impossible de créer %1</translation>
    </message>
    <message>
        <source>backup: %1 already exists; not overwriting it</source>
        <translation>backup&#xa0;: %1 existe déjà&#xa0;; il n’est pas écrasé</translation>
    </message>
    <message>
        <source>restore: expected exactly one backup file</source>
        <translation>restore&#xa0;: un seul fichier de sauvegarde attendu</translation>
    </message>
    <message>
        <source>restore: %1 does not exist</source>
        <translation>restore&#xa0;: %1 n’existe pas</translation>
    </message>
    <message>
        <source>restore: cannot create data dir %1</source>
        <translation>restore&#xa0;: impossible de créer le dossier de données %1</translation>
    </message>
    <message numerus="yes">
        <source>check: %n problem(s) found</source>
        <translation>
            <numerusform>check&#xa0;: %n problème trouvé</numerusform>
            <numerusform>check&#xa0;: %n problèmes trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>due: --deck needs a deck name</source>
        <translation>due&#xa0;: --deck a besoin d’un nom de paquet</translation>
    </message>
    <message>
        <source>export: --format needs a value</source>
        <translation>export&#xa0;: --format a besoin d’une valeur</translation>
    </message>
    <message>
        <source>export: --deck needs a name</source>
        <translation>export&#xa0;: --deck a besoin d’un nom</translation>
    </message>
    <message>
        <source>export: --out needs a file</source>
        <translation>export&#xa0;: --out a besoin d’un fichier</translation>
    </message>
    <message>
        <source>export: unexpected argument &apos;%1&apos; (see debrief-cli export --help)</source>
        <translation>export&#xa0;: argument inattendu &apos;%1&apos; (voir debrief-cli export --help)</translation>
    </message>
    <message>
        <source>export: need --format apkg|csv|tsv|deck and --out FILE</source>
        <translation>export&#xa0;: --format apkg|csv|tsv|deck et --out FILE sont nécessaires</translation>
    </message>
    <message>
        <source>export: --format deck needs --deck NAME</source>
        <translation>export&#xa0;: --format deck a besoin de --deck NAME</translation>
    </message>
    <message>
        <source>generate: %1 needs a number, not &apos;%2&apos;</source>
        <translation>generate&#xa0;: %1 a besoin d’un nombre, pas de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>generate: %1 already exists; choose an empty --data-dir</source>
        <translation>generate&#xa0;: %1 existe déjà&#xa0;; choisissez un --data-dir vide</translation>
    </message>
    <message>
        <source>generate: cannot create the folder %1</source>
        <translation>generate&#xa0;: impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>import: --deck needs a name</source>
        <translation>import&#xa0;: --deck a besoin d’un nom</translation>
    </message>
    <message>
        <source>import: --notetype needs a name</source>
        <translation>import&#xa0;: --notetype a besoin d’un nom</translation>
    </message>
    <message>
        <source>import: --map needs COL=FIELD,...</source>
        <translation>import&#xa0;: --map a besoin de COL=FIELD,...</translation>
    </message>
    <message>
        <source>import: --map: &apos;%1&apos; is not COL=FIELD with a column number from 1</source>
        <translation>import&#xa0;: --map&#xa0;: &apos;%1&apos; n’est pas de la forme COL=FIELD avec un numéro de colonne à partir de 1</translation>
    </message>
    <message>
        <source>import: --separator needs a character</source>
        <translation>import&#xa0;: --separator a besoin d’un caractère</translation>
    </message>
    <message>
        <source>import: --separator: &apos;%1&apos; is not a character or a separator name</source>
        <translation>import&#xa0;: --separator&#xa0;: &apos;%1&apos; n’est ni un caractère ni un nom de séparateur</translation>
    </message>
    <message>
        <source>import: --update needs if-newer, always or never</source>
        <translation>import&#xa0;: --update a besoin de if-newer, always ou never</translation>
    </message>
    <message>
        <source>import: --update: &apos;%1&apos; is not if-newer, always or never</source>
        <translation>import&#xa0;: --update&#xa0;: &apos;%1&apos; n’est ni if-newer, ni always, ni never</translation>
    </message>
    <message>
        <source>%1: unknown option %2 (see debrief-cli %1 --help)</source>
        <extracomment>%1 is the command (import, lint, replay, search), %2 the option the user typed</extracomment>
        <translation>%1&#xa0;: option inconnue %2 (voir debrief-cli %1 --help)</translation>
    </message>
    <message>
        <source>import: no FILE given (see debrief-cli import --help)</source>
        <translation>import&#xa0;: aucun fichier indiqué (voir debrief-cli import --help)</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>init: the bundled decks could not be installed</source>
        <translation>init&#xa0;: les paquets fournis n’ont pas pu être installés</translation>
    </message>
    <message>
        <source>lint: no deck file or directory given (see debrief-cli lint --help)</source>
        <translation>lint&#xa0;: aucun fichier de paquet ni dossier indiqué (voir debrief-cli lint --help)</translation>
    </message>
    <message numerus="yes">
        <source>lint: %n problem(s) found; files: %1, notes: %2</source>
        <translation>
            <numerusform>lint&#xa0;: %n problème trouvé&#xa0;; fichiers&#xa0;: %1, notes&#xa0;: %2</numerusform>
            <numerusform>lint&#xa0;: %n problèmes trouvés&#xa0;; fichiers&#xa0;: %1, notes&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>expected 3 columns (card_id,review_time,rating), found %1</source>
        <translation>3 colonnes attendues (card_id,review_time,rating)&#xa0;; nombre trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>card_id &apos;%1&apos; is not a whole number</source>
        <translation>card_id &apos;%1&apos; n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>review_time &apos;%1&apos; is not a whole number of seconds</source>
        <translation>review_time &apos;%1&apos; n’est pas un nombre entier de secondes</translation>
    </message>
    <message>
        <source>rating &apos;%1&apos; is not 1, 2, 3 or 4</source>
        <translation>rating &apos;%1&apos; n’est pas 1, 2, 3 ou 4</translation>
    </message>
    <message>
        <source>replay: one input file only, got &apos;%1&apos; and &apos;%2&apos;</source>
        <translation>replay&#xa0;: un seul fichier d’entrée, reçu &apos;%1&apos; et &apos;%2&apos;</translation>
    </message>
    <message>
        <source>replay: cannot read %1: %2</source>
        <translation>replay&#xa0;: impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>replay: %1, line %2: %3</source>
        <translation>replay&#xa0;: %1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>expected the header &apos;%1&apos;, found &apos;%2&apos;</source>
        <translation>en-tête &apos;%1&apos; attendu, &apos;%2&apos; trouvé</translation>
    </message>
    <message>
        <source>review_time %1 is earlier than the row before (%2); rows must be in time order</source>
        <translation>review_time %1 est antérieur à celui de la ligne précédente (%2)&#xa0;; les lignes doivent être dans l’ordre chronologique</translation>
    </message>
    <message>
        <source>the file is empty; expected the header &apos;%1&apos;</source>
        <translation>le fichier est vide&#xa0;; en-tête &apos;%1&apos; attendu</translation>
    </message>
    <message>
        <source>cannot write to stdout</source>
        <translation>impossible d’écrire sur la sortie standard</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>report: --cohort needs at least one data folder</source>
        <translation>report&#xa0;: --cohort a besoin d’au moins un dossier de données</translation>
    </message>
    <message>
        <source>report: --target-mature takes a percentage in 1..100</source>
        <translation>report&#xa0;: --target-mature prend un pourcentage de 1 à 100</translation>
    </message>
    <message>
        <source>report: %1: &apos;%2&apos; is not a date (YYYY-MM-DD)</source>
        <translation>report&#xa0;: %1&#xa0;: &apos;%2&apos; n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>report: --format must be one of pdf, html, csv, json, xlsx</source>
        <translation>report&#xa0;: --format doit valoir pdf, html, csv, json ou xlsx</translation>
    </message>
    <message>
        <source>report: --out FILE is required</source>
        <translation>report&#xa0;: --out FILE est obligatoire</translation>
    </message>
    <message>
        <source>report: %1 needs a file for --out</source>
        <translation>report&#xa0;: %1 a besoin d’un fichier pour --out</translation>
    </message>
    <message>
        <source>report: --since is after --until</source>
        <translation>report&#xa0;: --since est postérieur à --until</translation>
    </message>
    <message>
        <source>report: --page-size must be A4 or Letter</source>
        <translation>report&#xa0;: --page-size doit valoir A4 ou Letter</translation>
    </message>
    <message>
        <source>report: skipped %1: %2</source>
        <translation>report&#xa0;: %1 ignoré&#xa0;: %2</translation>
    </message>
    <message>
        <source>report: no readable collection in the cohort</source>
        <translation>report&#xa0;: aucune collection lisible dans la cohorte</translation>
    </message>
    <message>
        <source>search: --sort needs one of created, sort, deck, due, ivl, ease, reps, lapses, mod</source>
        <translation>search&#xa0;: --sort a besoin de l’une des valeurs created, sort, deck, due, ivl, ease, reps, lapses, mod</translation>
    </message>
    <message>
        <source>search: note %1 has no cards</source>
        <translation>search&#xa0;: la note %1 n’a aucune carte</translation>
    </message>
    <message>
        <source>Find cards or notes with Anki&apos;s search syntax</source>
        <translation>Trouver des cartes ou des notes avec la syntaxe de recherche d’Anki</translation>
    </message>
    <message>
        <source>study: %1 needs a non-negative whole number, not &apos;%2&apos;</source>
        <translation>study&#xa0;: %1 a besoin d’un nombre entier positif ou nul, pas de &apos;%2&apos;</translation>
    </message>
    <message>
        <source>study: only --auto N is supported on the command line</source>
        <translation>study&#xa0;: seul --auto N est pris en charge en ligne de commande</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 a besoin d’une valeur</translation>
    </message>
    <message>
        <source>unknown option %1 (see debrief-cli --help)</source>
        <translation>option inconnue %1 (voir debrief-cli --help)</translation>
    </message>
    <message>
        <source>--now: &apos;%1&apos; is not an ISO 8601 date-time (e.g. 2026-01-31T09:00:00Z)</source>
        <translation>--now&#xa0;: &apos;%1&apos; n’est pas une date et heure ISO 8601 (par ex. 2026-01-31T09:00:00Z)</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see debrief-cli --help)</source>
        <translation>commande inconnue &apos;%1&apos; (voir debrief-cli --help)</translation>
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
        <translation>Qt %1 (compilé avec Qt %2, variante Qt %3)</translation>
    </message>
    <message>
        <source>Code highlighting on cards: %1</source>
        <translation>Coloration du code sur les cartes&#xa0;: %1</translation>
    </message>
    <message>
        <source>available (KSyntaxHighlighting)</source>
        <translation>disponible (KSyntaxHighlighting)</translation>
    </message>
    <message>
        <source>not in this build (code is shown plain)</source>
        <translation>absente de cette version (le code est affiché sans coloration)</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Système&#xa0;: %1</translation>
    </message>
    <message>
        <source>Collection: %1</source>
        <translation>Collection&#xa0;: %1</translation>
    </message>
    <message>
        <source>About Debrief</source>
        <translation>À propos de Debrief</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Debrief %1&lt;/h2&gt;&lt;p&gt;Spaced repetition for AI/ML interview preparation.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Debrief %1&lt;/h2&gt;&lt;p&gt;Répétition espacée pour préparer les entretiens en IA/ML.&lt;/p&gt;&lt;p&gt;Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy Details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
</context>
<context>
    <name>debrief::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backups are taken before imports, deck deletions and restores, and when Debrief closes (Preferences ▸ Automatic backups). Folder: %1</source>
        <translation>Des sauvegardes sont faites avant les importations, les suppressions de paquets et les restaurations, ainsi qu’à la fermeture de Debrief (Préférences ▸ Sauvegardes automatiques). Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace the whole collection with the backup of %1 (%2 cards)? Everything done since is lost.

The collection as it is now is backed up first, so this can be undone from this list.</source>
        <translation>Remplacer toute la collection par la sauvegarde du %1 (%2 cartes)&#xa0;? Tout ce qui a été fait depuis sera perdu.

La collection actuelle est d’abord sauvegardée&#xa0;: l’opération peut donc être annulée depuis cette liste.</translation>
    </message>
    <message>
        <source>Nothing was restored: the backup of the current collection failed (%1).</source>
        <translation>Rien n’a été restauré&#xa0;: la sauvegarde de la collection actuelle a échoué (%1).</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n’a été restauré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restored %1. The collection as it was before is in %2.</source>
        <translation>Sauvegarde %1 restaurée. La collection telle qu’elle était auparavant se trouve dans %2.</translation>
    </message>
</context>
<context>
    <name>debrief::BrowserActions</name>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
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
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Note saved. Ctrl+Z undoes it.</source>
        <translation>Note enregistrée. Ctrl+Z annule l’enregistrement.</translation>
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
</context>
<context>
    <name>debrief::BrowserMenus</name>
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
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
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
        <source>Move the selected cards to the deck (a new name creates it):</source>
        <translation>Déplacer les cartes sélectionnées dans le paquet (un nouveau nom le crée)&#xa0;:</translation>
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
        <source>Tags, separated by spaces:</source>
        <translation>Étiquettes, séparées par des espaces&#xa0;:</translation>
    </message>
    <message>
        <source>Find and Replace</source>
        <translation>Rechercher et remplacer</translation>
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
</context>
<context>
    <name>debrief::BrowserSidebar</name>
    <message>
        <source>Decks, tags and card kinds</source>
        <translation>Paquets, étiquettes et types de cartes</translation>
    </message>
    <message>
        <source>Click to search for it</source>
        <translation>Cliquez pour lancer la recherche</translation>
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
</context>
<context>
    <name>debrief::BrowserWindow</name>
    <message>
        <source>Browse</source>
        <translation>Parcourir</translation>
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
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name of the saved search:</source>
        <translation>Nom de la recherche enregistrée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save Note</source>
        <translation>&amp;Enregistrer la note</translation>
    </message>
    <message>
        <source>Save the edited note (Ctrl+Enter); Ctrl+Z undoes it</source>
        <translation>Enregistrer la note modifiée (Ctrl+Entrée)&#xa0;; Ctrl+Z annule l’enregistrement</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (supprimé)</translation>
    </message>
    <message>
        <source>Save your changes to this note before closing?</source>
        <translation>Enregistrer vos modifications de cette note avant de fermer&#xa0;?</translation>
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
    <name>debrief::DeckActions</name>
    <message>
        <source>D&amp;ecks</source>
        <translation>&amp;Paquets</translation>
    </message>
    <message>
        <source>&amp;New Deck…</source>
        <translation>&amp;Nouveau paquet…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Description…</source>
        <translation>&amp;Description…</translation>
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation>&amp;Options…</translation>
    </message>
    <message>
        <source>O</source>
        <translation>O</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Undo Delete</source>
        <translation>&amp;Annuler la suppression</translation>
    </message>
    <message>
        <source>&amp;Undo Delete of “%1”</source>
        <translation>&amp;Annuler la suppression de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>A deck named “%1” already exists.</source>
        <translation>Un paquet nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Could not create the deck: %1</source>
        <translation>Impossible de créer le paquet&#xa0;: %1</translation>
    </message>
    <message>
        <source>Created deck “%1”.</source>
        <translation>Paquet «&#xa0;%1&#xa0;» créé.</translation>
    </message>
    <message>
        <source>Could not rename “%1”: %2</source>
        <translation>Impossible de renommer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» renommé en «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” cannot go inside itself.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être placé dans lui-même.</translation>
    </message>
    <message>
        <source>Nothing was deleted: the backup failed (%1).</source>
        <translation>Rien n’a été supprimé&#xa0;: la sauvegarde a échoué (%1).</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>Impossible de supprimer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” and %n card(s). Ctrl+Z on the deck list brings them back until Debrief closes.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» et %n carte supprimés. Ctrl+Z dans la liste des paquets les restaure jusqu’à la fermeture de Debrief.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» et %n cartes supprimés. Ctrl+Z dans la liste des paquets les restaure jusqu’à la fermeture de Debrief.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not bring back “%1”: %2. The backup %3 still holds it (File ▸ Backups).</source>
        <translation>Impossible de restaurer «&#xa0;%1&#xa0;»&#xa0;: %2. La sauvegarde %3 le contient toujours (Fichier ▸ Sauvegardes).</translation>
    </message>
    <message numerus="yes">
        <source>Brought back “%1” and %n card(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» et %n carte restaurés.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» et %n cartes restaurés.</numerusform>
        </translation>
    </message>
    <message>
        <source>New Deck</source>
        <translation>Nouveau paquet</translation>
    </message>
    <message>
        <source>Name (“::” makes a subdeck, as in Parent::Child):</source>
        <translation>Nom («&#xa0;::&#xa0;» crée un sous-paquet, comme dans Parent::Enfant)&#xa0;:</translation>
    </message>
    <message>
        <source>Rename Deck</source>
        <translation>Renommer le paquet</translation>
    </message>
    <message>
        <source>New name (“::” moves it into a parent; remove the prefix to move it out):</source>
        <translation>Nouveau nom («&#xa0;::&#xa0;» le déplace dans un parent&#xa0;; retirez le préfixe pour l’en sortir)&#xa0;:</translation>
    </message>
    <message>
        <source>The Default deck cannot be deleted.</source>
        <translation>Le paquet Default ne peut pas être supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”, its subdecks and their %n card(s)?</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;», ses sous-paquets et leur carte (%n)&#xa0;?</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;», ses sous-paquets et leurs %n cartes&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” and its %n card(s)?</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et sa carte (%n)&#xa0;?</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et ses %n cartes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Deck</source>
        <translation>Supprimer le paquet</translation>
    </message>
    <message>
        <source>A backup is taken first, and Decks ▸ Undo Delete (Ctrl+Z on the deck list) brings it back until Debrief closes.</source>
        <translation>Une sauvegarde est faite d’abord, et Paquets ▸ Annuler la suppression (Ctrl+Z dans la liste des paquets) le restaure jusqu’à la fermeture de Debrief.</translation>
    </message>
    <message>
        <source>Deck Description</source>
        <translation>Description du paquet</translation>
    </message>
    <message>
        <source>Shown beside the deck list for “%1”:</source>
        <translation>Affichée à côté de la liste des paquets pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Options saved.</source>
        <translation>Options enregistrées.</translation>
    </message>
</context>
<context>
    <name>debrief::DeckOptionsDialog</name>
    <message>
        <source>Options for %1</source>
        <translation>Options de %1</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Préréglage&#xa0;:</translation>
    </message>
    <message>
        <source>Decks that share a preset share all these options.</source>
        <translation>Les paquets qui partagent un préréglage partagent toutes ces options.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>A new preset with the default options</source>
        <translation>Un nouveau préréglage avec les options par défaut</translation>
    </message>
    <message>
        <source>&amp;Clone</source>
        <translation>&amp;Cloner</translation>
    </message>
    <message>
        <source>A new preset with these options</source>
        <translation>Un nouveau préréglage avec ces options</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Rename this preset</source>
        <translation>Renommer ce préréglage</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete this preset; its decks go back to Default</source>
        <translation>Supprimer ce préréglage&#xa0;; ses paquets reviennent au préréglage par défaut</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Daily Limits</source>
        <translation>Limites quotidiennes</translation>
    </message>
    <message>
        <source>New cards/day:</source>
        <translation>Nouvelles cartes par jour&#xa0;:</translation>
    </message>
    <message>
        <source>Maximum reviews/day:</source>
        <translation>Révisions par jour au maximum&#xa0;:</translation>
    </message>
    <message>
        <source>New Cards</source>
        <translation>Nouvelles cartes</translation>
    </message>
    <message>
        <source>e.g. 1m 10m 1h 1d</source>
        <translation>p. ex. 1m 10m 1h 1d</translation>
    </message>
    <message>
        <source>Delays between showings of a new card: numbers with s, m, h or d, separated by spaces.</source>
        <translation>Délais entre les présentations d’une nouvelle carte&#xa0;: des nombres suivis de s, m, h ou d, séparés par des espaces.</translation>
    </message>
    <message>
        <source>In the order added</source>
        <translation>Dans l’ordre d’ajout</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Aléatoire</translation>
    </message>
    <message>
        <source>Learning steps:</source>
        <translation>Étapes d’apprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>Graduating interval:</source>
        <translation>Intervalle de fin d’apprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>Easy interval:</source>
        <translation>Intervalle Facile&#xa0;:</translation>
    </message>
    <message>
        <source>New card order:</source>
        <translation>Ordre des nouvelles cartes&#xa0;:</translation>
    </message>
    <message>
        <source>Lapses</source>
        <translation>Oublis</translation>
    </message>
    <message>
        <source>e.g. 10m</source>
        <translation>p. ex. 10m</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The interval after a lapse, as a share of the one before (0 %: start again from the minimum).</source>
        <translation>L’intervalle après un oubli, en proportion du précédent (0&#xa0;%&#xa0;: recommencer depuis le minimum).</translation>
    </message>
    <message>
        <source> lapses</source>
        <translation> oublis</translation>
    </message>
    <message>
        <source>Tag only</source>
        <translation>Étiqueter seulement</translation>
    </message>
    <message>
        <source>Suspend card</source>
        <translation>Suspendre la carte</translation>
    </message>
    <message>
        <source>Relearning steps:</source>
        <translation>Étapes de réapprentissage&#xa0;:</translation>
    </message>
    <message>
        <source>New interval:</source>
        <translation>Nouvel intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>Minimum interval:</source>
        <translation>Intervalle minimal&#xa0;:</translation>
    </message>
    <message>
        <source>Leech threshold:</source>
        <translation>Seuil des sangsues&#xa0;:</translation>
    </message>
    <message>
        <source>Leech action:</source>
        <translation>Action sur les sangsues&#xa0;:</translation>
    </message>
    <message>
        <source>Burying</source>
        <translation>Enterrement</translation>
    </message>
    <message>
        <source>Bury new siblings until the next day</source>
        <translation>Enterrer les nouvelles cartes sœurs jusqu’au lendemain</translation>
    </message>
    <message>
        <source>Bury review siblings until the next day</source>
        <translation>Enterrer les cartes sœurs en révision jusqu’au lendemain</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Spread reviews a little (fuzz) so cards added together do not fall due together</source>
        <translation>Étaler un peu les révisions (variation aléatoire) pour que les cartes ajoutées ensemble ne soient pas à réviser en même temps</translation>
    </message>
    <message>
        <source>Maximum interval:</source>
        <translation>Intervalle maximal&#xa0;:</translation>
    </message>
    <message>
        <source>Starting ease:</source>
        <translation>Facilité initiale&#xa0;:</translation>
    </message>
    <message>
        <source>Easy bonus:</source>
        <translation>Bonus Facile&#xa0;:</translation>
    </message>
    <message>
        <source>Interval modifier:</source>
        <translation>Modificateur d’intervalle&#xa0;:</translation>
    </message>
    <message>
        <source>Hard interval:</source>
        <translation>Intervalle Difficile&#xa0;:</translation>
    </message>
    <message>
        <source>Anki&apos;s defaults for this preset (saved on OK)</source>
        <translation>Valeurs par défaut d’Anki pour ce préréglage (enregistrées avec OK)</translation>
    </message>
    <message>
        <source>Add Preset</source>
        <translation>Ajouter un préréglage</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Clone Preset</source>
        <translation>Cloner le préréglage</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Rename Preset</source>
        <translation>Renommer le préréglage</translation>
    </message>
    <message numerus="yes">
        <source>%1 (used by %n deck(s))</source>
        <translation>
            <numerusform>%1 (utilisé par %n paquet)</numerusform>
            <numerusform>%1 (utilisé par %n paquets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Learning steps: %1</source>
        <translation>Étapes d’apprentissage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Relearning steps: %1</source>
        <translation>Étapes de réapprentissage&#xa0;: %1</translation>
    </message>
    <message>
        <source>The easy interval (%1 days) must not be shorter than the graduating interval (%2 days).</source>
        <translation>L’intervalle Facile (%1 jours) ne doit pas être plus court que l’intervalle de fin d’apprentissage (%2 jours).</translation>
    </message>
    <message>
        <source>The maximum interval must not be shorter than the minimum interval after a lapse.</source>
        <translation>L’intervalle maximal ne doit pas être plus court que l’intervalle minimal après un oubli.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n’a été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;This deck, today only&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce paquet, aujourd’hui seulement&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Limits for this deck alone that end at the next day rollover; the preset&apos;s apply again after.</source>
        <translation>Limites pour ce seul paquet, qui prennent fin au passage au jour suivant&#xa0;; celles du préréglage s’appliquent de nouveau ensuite.</translation>
    </message>
    <message>
        <source>New cards today:</source>
        <translation>Nouvelles cartes aujourd’hui&#xa0;:</translation>
    </message>
    <message>
        <source>Reviews today:</source>
        <translation>Révisions aujourd’hui&#xa0;:</translation>
    </message>
    <message>
        <source>Bury interday learning siblings until the next day</source>
        <translation>Enterrer les cartes sœurs en apprentissage sur plusieurs jours jusqu’au lendemain</translation>
    </message>
    <message>
        <source>Siblings on a learning step of a day or more wait for the next day too.</source>
        <translation>Les cartes sœurs à une étape d’apprentissage d’un jour ou plus attendent aussi le lendemain.</translation>
    </message>
    <message>
        <source>Timers</source>
        <translation>Chronomètres</translation>
    </message>
    <message>
        <source>Show answer timer</source>
        <translation>Afficher le chronomètre de réponse</translation>
    </message>
    <message>
        <source>The reviewer shows how long you have spent on the card.</source>
        <translation>L’écran de révision affiche le temps que vous avez passé sur la carte.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>The countdown for each spoken answer in rehearsal mode, %1 to %2 seconds.</source>
        <translation>Le compte à rebours pour chaque réponse orale en mode répétition, de %1 à %2 secondes.</translation>
    </message>
    <message>
        <source>Rehearsal time per answer:</source>
        <translation>Temps de répétition par réponse&#xa0;:</translation>
    </message>
</context>
<context>
    <name>debrief::EditorDialog</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Add the note (Ctrl+Enter)</source>
        <translation>Ajouter la note (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Save the note (Ctrl+Enter)</source>
        <translation>Enregistrer la note (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Add the note you have typed before closing?</source>
        <translation>Ajouter la note que vous avez saisie avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Save your changes to this note before closing?</source>
        <translation>Enregistrer vos modifications de cette note avant de fermer&#xa0;?</translation>
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
    <message>
        <source>Exporting %1…</source>
        <translation>Exportation de %1…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportation annulée&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 was not written: cannot write to %2</source>
        <translation>%1 n’a pas été écrit&#xa0;: impossible d’écrire dans %2</translation>
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
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter un &amp;rapport…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Add a note to the selected deck (A)</source>
        <translation>Ajouter une note au paquet sélectionné (A)</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added.</source>
        <translation>
            <numerusform>%n note ajoutée.</numerusform>
            <numerusform>%n notes ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please wait: Debrief is still writing to the collection.</source>
        <translation>Veuillez patienter&#xa0;: Debrief écrit encore dans la collection.</translation>
    </message>
    <message>
        <source>Checking the collection…</source>
        <translation>Vérification de la collection…</translation>
    </message>
    <message>
        <source>Backup restored.</source>
        <translation>Sauvegarde restaurée.</translation>
    </message>
    <message>
        <source>Options saved.</source>
        <translation>Options enregistrées.</translation>
    </message>
    <message>
        <source>Check cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>The collection is now in %1.</source>
        <translation>La collection est maintenant dans %1.</translation>
    </message>
</context>
<context>
    <name>debrief::MediaAnswerRecorder</name>
    <message>
        <source>No microphone found.</source>
        <translation>Aucun microphone trouvé.</translation>
    </message>
</context>
<context>
    <name>debrief::NoteEditor</name>
    <message>
        <source>Note type</source>
        <translation>Type de note</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Deck</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>The deck the new cards go to; type a new name (Parent::Child) to create one</source>
        <translation>Le paquet où vont les nouvelles cartes&#xa0;; tapez un nouveau nom (Parent::Enfant) pour en créer un</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>&amp;Paquet&#xa0;:</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags, separated by spaces (Parent::child for a hierarchy)</source>
        <translation>Étiquettes, séparées par des espaces (Parent::enfant pour une hiérarchie)</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <source>Card to preview</source>
        <translation>Carte à prévisualiser</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>A&amp;perçu&#xa0;:</translation>
    </message>
    <message>
        <source>Ctrl+Enter adds the note</source>
        <translation>Ctrl+Entrée ajoute la note</translation>
    </message>
    <message>
        <source>Ctrl+Enter saves the note</source>
        <translation>Ctrl+Entrée enregistre la note</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Weak answer (what a weak candidate says)</source>
        <translation>Réponse faible (ce que dit un candidat faible)</translation>
    </message>
    <message>
        <source>Strong answer (about 20 words)</source>
        <translation>Réponse solide (environ 20 mots)</translation>
    </message>
    <message>
        <source>Why the strong answer wins</source>
        <translation>Pourquoi la réponse solide l’emporte</translation>
    </message>
    <message>
        <source>Model answer (optional, 80 to 150 words)</source>
        <translation>Réponse modèle (facultative, 80 à 150 mots)</translation>
    </message>
    <message>
        <source>Key points (one per line, ticked in rehearsal)</source>
        <translation>Points clés (un par ligne, cochés pendant la répétition)</translation>
    </message>
    <message>
        <source>Root (the failure)</source>
        <translation>Racine (la défaillance)</translation>
    </message>
    <message>
        <source>Branches: causes, how to detect and fix each</source>
        <translation>Branches&#xa0;: les causes, et comment détecter et corriger chacune</translation>
    </message>
    <message>
        <source>Layers: metrics, and the decision each drives</source>
        <translation>Couches&#xa0;: les métriques, et la décision que chacune détermine</translation>
    </message>
    <message numerus="yes">
        <source>Duplicate: %n other note(s) of this type have the same %1.</source>
        <translation>
            <numerusform>Doublon&#xa0;: %n autre note de ce type a la même valeur pour %1.</numerusform>
            <numerusform>Doublon&#xa0;: %n autres notes de ce type ont la même valeur pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole tree</source>
        <translation>Arbre entier</translation>
    </message>
    <message>
        <source>Branch %1</source>
        <translation>Branche %1</translation>
    </message>
    <message>
        <source>Whole stack</source>
        <translation>Pile entière</translation>
    </message>
    <message>
        <source>Layer %1</source>
        <translation>Couche %1</translation>
    </message>
    <message>
        <source>Cloze %1</source>
        <translation>Trou %1</translation>
    </message>
    <message>
        <source>Card %1</source>
        <translation>Carte %1</translation>
    </message>
    <message>
        <source>Choose a deck for the new cards.</source>
        <translation>Choisissez un paquet pour les nouvelles cartes.</translation>
    </message>
    <message>
        <source>The note is empty: type its fields first.</source>
        <translation>La note est vide&#xa0;: remplissez d’abord ses champs.</translation>
    </message>
    <message numerus="yes">
        <source>Added, with %n card(s).</source>
        <translation>
            <numerusform>Ajoutée, avec %n carte.</numerusform>
            <numerusform>Ajoutée, avec %n cartes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistrée.</translation>
    </message>
    <message>
        <source>No preview: this note holds %1 characters, more than the preview draws while you type (%2). It is saved in full.</source>
        <translation>Pas d’aperçu&#xa0;: cette note contient %1 caractères, plus que ce que l’aperçu affiche pendant la saisie (%2). Elle est enregistrée en entier.</translation>
    </message>
    <message>
        <source>The first field (%1) is empty or holds only formatting: type its text first; nothing was saved.</source>
        <translation>Le premier champ (%1) est vide ou ne contient que de la mise en forme&#xa0;: saisissez d’abord son texte&#xa0;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>debrief::OutlineEditor</name>
    <message>
        <source>Branches</source>
        <translation>Branches</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>How to detect it</source>
        <translation>Comment la détecter</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>Comment la corriger</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Couche</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Métriques</translation>
    </message>
    <message>
        <source>Decision it drives</source>
        <translation>Décision qu’elle détermine</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell. Insert adds a branch, Ctrl+Insert a sub-branch, Delete removes; Alt+arrows move, indent and outdent.</source>
        <translation>F2 ou la saisie modifie une cellule. Inser ajoute une branche, Ctrl+Inser une sous-branche, Suppr retire&#xa0;; Alt+flèches déplacent, indentent et désindentent.</translation>
    </message>
    <message>
        <source>F2 or typing edits a cell. Insert adds a layer, Delete removes; Alt+Up and Alt+Down move.</source>
        <translation>F2 ou la saisie modifie une cellule. Inser ajoute une couche, Suppr retire&#xa0;; Alt+Haut et Alt+Bas déplacent.</translation>
    </message>
    <message>
        <source>Add Branch</source>
        <translation>Ajouter une branche</translation>
    </message>
    <message>
        <source>Add Layer</source>
        <translation>Ajouter une couche</translation>
    </message>
    <message>
        <source>Add Sub-branch</source>
        <translation>Ajouter une sous-branche</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Outdent</source>
        <translation>Désindenter</translation>
    </message>
    <message>
        <source>Indent</source>
        <translation>Indenter</translation>
    </message>
    <message>
        <source>Branch %1 is a sub-branch %2 levels below the top; a tree holds them at most %3 levels deep. Move it up a level (Alt+Left).</source>
        <translation>La branche %1 est une sous-branche %2 niveaux sous le sommet&#xa0;; un arbre en contient au plus %3 niveaux de profondeur. Remontez-la d’un niveau (Alt+Gauche).</translation>
    </message>
    <message>
        <source>Branch %1, %2</source>
        <translation>Branche %1, %2</translation>
    </message>
    <message>
        <source>Layer %1, %2</source>
        <translation>Couche %1, %2</translation>
    </message>
    <message>
        <source>Branch %1 has no cause: type one, or remove the branch (Delete).</source>
        <translation>La branche %1 n’a pas de cause&#xa0;: saisissez-en une, ou retirez la branche (Suppr).</translation>
    </message>
    <message>
        <source>Layer %1 has no name: type one, or remove the layer (Delete).</source>
        <translation>La couche %1 n’a pas de nom&#xa0;: saisissez-en un, ou retirez la couche (Suppr).</translation>
    </message>
    <message>
        <source>A tree needs at least one branch: add one (Insert).</source>
        <translation>Un arbre a besoin d’au moins une branche&#xa0;: ajoutez-en une (Inser).</translation>
    </message>
    <message>
        <source>A layers note needs at least one layer: add one (Insert).</source>
        <translation>Une note à couches a besoin d’au moins une couche&#xa0;: ajoutez-en une (Inser).</translation>
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
    <name>debrief::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>A new language applies from Debrief&apos;s next start.</source>
        <translation>Une nouvelle langue s’applique à partir du prochain démarrage de Debrief.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Text size on cards, in percent of the normal size; applies to cards shown from now on.</source>
        <translation>Taille du texte sur les cartes, en pourcentage de la taille normale&#xa0;; s’applique aux cartes affichées à partir de maintenant.</translation>
    </message>
    <message>
        <source>Card &amp;text size:</source>
        <translation>Taille du &amp;texte des cartes&#xa0;:</translation>
    </message>
    <message>
        <source>Studying (this collection)</source>
        <translation>Étude (cette collection)</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>The hour a new study day starts, in local time.</source>
        <translation>L’heure à laquelle commence une nouvelle journée d’étude, en heure locale.</translation>
    </message>
    <message>
        <source>Next day starts at:</source>
        <translation>Le jour suivant commence à&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>When nothing else is due, learning cards due within this time are shown early.</source>
        <translation>Quand rien d’autre n’est à réviser, les cartes en apprentissage à réviser dans ce délai sont présentées en avance.</translation>
    </message>
    <message>
        <source>Learn ahead limit:</source>
        <translation>Limite d’apprentissage anticipé&#xa0;:</translation>
    </message>
    <message>
        <source>Learner &amp;name (reports):</source>
        <translation>&amp;Nom de l’apprenant (rapports)&#xa0;:</translation>
    </message>
    <message>
        <source>Interview on</source>
        <translation>Entretien le</translation>
    </message>
    <message>
        <source>Target date (reports):</source>
        <translation>Date cible (rapports)&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>On closing Debrief, a backup is taken when the newest one is older than this.</source>
        <translation>À la fermeture de Debrief, une sauvegarde est faite si la plus récente est plus ancienne que ce délai.</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>Sauvegarder toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>Conserver les plus récentes&#xa0;:</translation>
    </message>
    <message>
        <source>The study settings were not saved: %1</source>
        <translation>Les paramètres d’étude n’ont pas été enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>Move the collection, its media and its backups to another folder</source>
        <translation>Déplacer la collection, ses médias et ses sauvegardes dans un autre dossier</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>Move the Collection To</source>
        <translation>Déplacer la collection vers</translation>
    </message>
    <message>
        <source>Moving the collection…</source>
        <translation>Déplacement de la collection…</translation>
    </message>
    <message>
        <source>The collection was not moved: %1</source>
        <translation>La collection n’a pas été déplacée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The collection is now in %1.</source>
        <translation>La collection est maintenant dans %1.</translation>
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
    <message>
        <source>Play your recording (R)</source>
        <translation>Écouter votre enregistrement (R)</translation>
    </message>
    <message>
        <source>Recording failed (%1): type your answer.</source>
        <translation>L’enregistrement a échoué (%1)&#xa0;: tapez votre réponse.</translation>
    </message>
    <message>
        <source>Recording: speak your answer aloud (typing its key points is optional).</source>
        <translation>Enregistrement&#xa0;: dites votre réponse à voix haute (taper ses points clés est facultatif).</translation>
    </message>
    <message>
        <source>Each card&apos;s deck options set its time; a change here holds for the rest of this drill.</source>
        <translation>Les options du paquet de chaque carte fixent son temps&#xa0;; une modification ici vaut pour le reste de cet entraînement.</translation>
    </message>
</context>
<context>
    <name>debrief::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Exporter un rapport</translation>
    </message>
    <message>
        <source>PDF (printable, with charts)</source>
        <translation>PDF (imprimable, avec graphiques)</translation>
    </message>
    <message>
        <source>HTML (one self-contained page)</source>
        <translation>HTML (une page autonome)</translation>
    </message>
    <message>
        <source>CSV (the review log, one row per answer)</source>
        <translation>CSV (le journal des révisions, une ligne par réponse)</translation>
    </message>
    <message>
        <source>JSON (every statistic, for other tools)</source>
        <translation>JSON (toutes les statistiques, pour d’autres outils)</translation>
    </message>
    <message>
        <source>XLSX (spreadsheet)</source>
        <translation>XLSX (tableur)</translation>
    </message>
    <message>
        <source>All decks</source>
        <translation>Tous les paquets</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Les 3 derniers mois</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Depuis le début</translation>
    </message>
    <message>
        <source>&amp;Interview date:</source>
        <translation>&amp;Date de l’entretien&#xa0;:</translation>
    </message>
    <message>
        <source>Readiness then says whether the current pace sees every card and matures most of them by this date</source>
        <translation>La préparation indique alors si le rythme actuel permet de voir chaque carte et de faire mûrir la plupart d’entre elles d’ici cette date</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Deck:</source>
        <translation>Pa&amp;quet&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pé&amp;riode&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;ge size:</source>
        <translation>Taille de pa&amp;ge&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Enregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write Report</source>
        <translation>É&amp;crire le rapport</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choisissez où enregistrer le rapport.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Le rapport n’a pas été écrit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
    <message>
        <source>debrief-report-%1.%2</source>
        <comment>default report file name: date, suffix</comment>
        <translation>debrief-rapport-%1.%2</translation>
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
    <message>
        <source>Time on this card</source>
        <translation>Temps passé sur cette carte</translation>
    </message>
    <message>
        <source>Left today: new + learning + to review (the current card&apos;s count is underlined)</source>
        <translation>Restant aujourd’hui&#xa0;: nouvelles + en apprentissage + à réviser (le compteur de la carte actuelle est souligné)</translation>
    </message>
    <message>
        <source>Study Now</source>
        <translation>Étudier maintenant</translation>
    </message>
    <message>
        <source>Space or Enter</source>
        <translation>Espace ou Entrée</translation>
    </message>
    <message>
        <source>Extra new cards</source>
        <translation>Nouvelles cartes supplémentaires</translation>
    </message>
    <message>
        <source>More &amp;New Cards</source>
        <translation>Plus de &amp;nouvelles cartes</translation>
    </message>
    <message>
        <source>Study this many new cards beyond today&apos;s limit</source>
        <translation>Étudier ce nombre de nouvelles cartes au-delà de la limite du jour</translation>
    </message>
    <message>
        <source> d</source>
        <translation> j</translation>
    </message>
    <message>
        <source>Days to review ahead</source>
        <translation>Jours à réviser en avance</translation>
    </message>
    <message>
        <source>Review &amp;Ahead</source>
        <translation>Réviser en &amp;avance</translation>
    </message>
    <message>
        <source>Review the cards due within this many days now</source>
        <translation>Réviser dès maintenant les cartes à réviser dans ce nombre de jours</translation>
    </message>
    <message>
        <source>&amp;Forgotten Today</source>
        <translation>&amp;Oubliées aujourd’hui</translation>
    </message>
    <message>
        <source>Go over the cards you answered Again today once more</source>
        <translation>Revoir une fois de plus les cartes auxquelles vous avez répondu «&#xa0;À revoir&#xa0;» aujourd’hui</translation>
    </message>
    <message>
        <source>Esc returns to the decks.</source>
        <translation>Échap ramène aux paquets.</translation>
    </message>
    <message>
        <source>New: %1    Learning: %2    To review: %3</source>
        <translation>Nouvelles&#xa0;: %1    En apprentissage&#xa0;: %2    À réviser&#xa0;: %3</translation>
    </message>
    <message>
        <source>Red flag</source>
        <translation>Drapeau rouge</translation>
    </message>
    <message>
        <source>Orange flag</source>
        <translation>Drapeau orange</translation>
    </message>
    <message>
        <source>Green flag</source>
        <translation>Drapeau vert</translation>
    </message>
    <message>
        <source>Blue flag</source>
        <translation>Drapeau bleu</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marquée</translation>
    </message>
    <message>
        <source>Delete Note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message numerus="yes">
        <source>Delete this note and its %n card(s)? Z undoes it.</source>
        <translation>
            <numerusform>Supprimer cette note et sa carte (%n)&#xa0;? Z annule la suppression.</numerusform>
            <numerusform>Supprimer cette note et ses %n cartes&#xa0;? Z annule la suppression.</numerusform>
        </translation>
    </message>
    <message>
        <source>No more cards are scheduled in this deck.</source>
        <translation>Aucune autre carte n’est prévue dans ce paquet.</translation>
    </message>
    <message numerus="yes">
        <source>The next card is due in %n minute(s).</source>
        <translation>
            <numerusform>La prochaine carte est à réviser dans %n minute.</numerusform>
            <numerusform>La prochaine carte est à réviser dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next card is due tomorrow.</source>
        <translation>La prochaine carte est à réviser demain.</translation>
    </message>
    <message numerus="yes">
        <source>The next card is due in %n day(s).</source>
        <translation>
            <numerusform>La prochaine carte est à réviser dans %n jour.</numerusform>
            <numerusform>La prochaine carte est à réviser dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Congratulations! You have finished %1 for today.</source>
        <translation>Félicitations&#xa0;! Vous avez terminé %1 pour aujourd’hui.</translation>
    </message>
    <message>
        <source>all decks</source>
        <translation>tous les paquets</translation>
    </message>
    <message>
        <source>No cards for that.</source>
        <translation>Aucune carte pour cela.</translation>
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
    <message>
        <source>Click a topic, or press Enter on its row, to see its cards in the browser</source>
        <translation>Cliquez sur un sujet, ou appuyez sur Entrée sur sa ligne, pour voir ses cartes dans le navigateur</translation>
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
