<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ExportPath</name>
    <message>
        <source>run #%1</source>
        <translation>Lauf Nr. %1</translation>
    </message>
    <message>
        <source>%1 is %2, not a text or CSV file; nothing was read.</source>
        <translation>%1 ist %2, keine Text- oder CSV-Datei; es wurde nichts gelesen.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source> (JSON)</source>
        <translation> (JSON)</translation>
    </message>
    <message>
        <source>JSON, e.g. [[0.1, 0.2], [0.3, 0.4]]</source>
        <translation>JSON, z. B. [[0.1, 0.2], [0.3, 0.4]]</translation>
    </message>
    <message>
        <source>Add a row (copies the last one)</source>
        <translation>Zeile hinzufügen (kopiert die letzte)</translation>
    </message>
    <message>
        <source>Remove the selected rows (or the last one)</source>
        <translation>Ausgewählte Zeilen entfernen (oder die letzte)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a policy to compare</source>
        <translation>Eine zu vergleichende Strategie hinzufügen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Duplicate the selected policy</source>
        <translation>Ausgewählte Strategie duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected policy</source>
        <translation>Ausgewählte Strategie entfernen</translation>
    </message>
    <message>
        <source>Move the selected policy up</source>
        <translation>Ausgewählte Strategie nach oben verschieben</translation>
    </message>
    <message>
        <source>Move the selected policy down</source>
        <translation>Ausgewählte Strategie nach unten verschieben</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Item %1</source>
        <translation>Element %1</translation>
    </message>
</context>
<context>
    <name>RunFilter</name>
    <message>
        <source>the name quoted with ` is not closed</source>
        <translation>der mit ` begonnene Name wird nicht geschlossen</translation>
    </message>
    <message>
        <source>empty name between ` `</source>
        <translation>leerer Name zwischen ` `</translation>
    </message>
    <message>
        <source>expected a name after &apos;.&apos;</source>
        <translation>nach &apos;.&apos; wird ein Name erwartet</translation>
    </message>
    <message>
        <source>expected an item number and &apos;]&apos; after &apos;[&apos;</source>
        <translation>nach &apos;[&apos; werden eine Elementnummer und &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>the text opened here has no closing %1</source>
        <translation>dem hier begonnenen Text fehlt das schließende %1</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos; after the number %2</source>
        <translation>unerwartetes &apos;%1&apos; nach der Zahl %2</translation>
    </message>
    <message>
        <source>&apos;!&apos; must be followed by &apos;=&apos; (use &quot;not&quot; to negate)</source>
        <translation>auf &apos;!&apos; muss &apos;=&apos; folgen (verneinen mit &quot;not&quot;)</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the end of the filter</source>
        <translation>das Ende des Filters</translation>
    </message>
    <message>
        <source>&apos;)&apos; without a matching &apos;(&apos;</source>
        <translation>&apos;)&apos; ohne passende &apos;(&apos;</translation>
    </message>
    <message>
        <source>expected &quot;and&quot;, &quot;or&quot; or the end, found %1</source>
        <translation>&quot;and&quot;, &quot;or&quot; oder das Ende erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; (fields: %2, params.KEY, final.METRIC, tags.KEY; quote text: &apos;%1&apos;)</source>
        <translation>unbekanntes Feld &apos;%1&apos; (Felder: %2, params.KEY, final.METRIC, tags.KEY; Text in Anführungszeichen: &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>expected a field, a number or quoted text, found %1</source>
        <translation>Feld, Zahl oder Text in Anführungszeichen erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected &apos;)&apos; to close the &apos;(&apos; at column %1, found %2</source>
        <translation>&apos;)&apos; zum Schließen der &apos;(&apos; in Spalte %1 erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 needs quoted text on its right, found %2</source>
        <translation>%1 braucht rechts Text in Anführungszeichen, gefunden: %2</translation>
    </message>
    <message>
        <source>invalid regular expression: %1 (at character %2 of the pattern)</source>
        <translation>ungültiger regulärer Ausdruck: %1 (bei Zeichen %2 des Musters)</translation>
    </message>
    <message>
        <source>expected a value after &apos;%1&apos;</source>
        <translation>nach &apos;%1&apos; wird ein Wert erwartet</translation>
    </message>
    <message>
        <source>%1 alone is not a condition: compare it with a field</source>
        <translation>%1 allein ist keine Bedingung: Vergleichen Sie es mit einem Feld</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>the filter is empty</source>
        <translation>der Filter ist leer</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>TrialBench: bandit, survival-game and RLHF experiments, run live and stored.</source>
        <translation>TrialBench: Banditen-, Überlebensspiel- und RLHF-Experimente, live ausgeführt und gespeichert.</translation>
    </message>
    <message>
        <source>Run store to use (default: $TRIALBENCH_DB, else the same file as trialbench-cli).</source>
        <translation>Zu verwendender Lauf-Speicher (Standard: $TRIALBENCH_DB, sonst dieselbe Datei wie trialbench-cli).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Write documentation screenshots into DIR and exit.</source>
        <translation>Bildschirmfotos für die Dokumentation nach VERZ schreiben und beenden.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>JSON config file or preset:NAME to load.</source>
        <translation>Zu ladende JSON-Konfigurationsdatei oder preset:NAME.</translation>
    </message>
</context>
<context>
    <name>tb::gui::EngineController</name>
    <message>
        <source>stopped before the first checkpoint</source>
        <translation>vor dem ersten Messpunkt angehalten</translation>
    </message>
</context>
<context>
    <name>tb::gui::ExperimentPanel</name>
    <message>
        <source>Start from a shipped experiment</source>
        <translation>Mit einem mitgelieferten Experiment beginnen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Run the experiment (Ctrl+R)</source>
        <translation>Experiment starten (Strg+R)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause between checkpoints; press again to resume</source>
        <translation>Zwischen zwei Messpunkten anhalten; erneut drücken zum Fortsetzen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Run exactly one more checkpoint</source>
        <translation>Genau einen weiteren Messpunkt rechnen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop within one checkpoint; the run is kept as interrupted</source>
        <translation>Innerhalb eines Messpunkts anhalten; der Lauf bleibt als abgebrochen erhalten</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) in the configuration: fix the marked fields to run.</source>
        <translation>
            <numerusform>⚠ %n Fehler in der Konfiguration: Korrigieren Sie das markierte Feld, um zu starten.</numerusform>
            <numerusform>⚠ %n Fehler in der Konfiguration: Korrigieren Sie die markierten Felder, um zu starten.</numerusform>
        </translation>
    </message>
    <message>
        <source>(custom)</source>
        <translation>(eigene)</translation>
    </message>
    <message>
        <source>Cannot load the config</source>
        <translation>Die Konfiguration kann nicht geladen werden</translation>
    </message>
    <message>
        <source>%1: the config must be a JSON object</source>
        <translation>%1: Die Konfiguration muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Geladen aus %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
</context>
<context>
    <name>tb::gui::ImportCountsDialog</name>
    <message>
        <source>Import failure counts</source>
        <translation>Fehlversuchszahlen importieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>The CSV column holding the counts; a file without a header is a plain list, one count per line</source>
        <translation>Die CSV-Spalte mit den Zahlen; eine Datei ohne Kopfzeile ist eine einfache Liste mit einer Zahl pro Zeile</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Spalte:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Counts at or above the cap are censored at it (the attempts allowed were the cap)</source>
        <translation>Zahlen ab der Obergrenze werden bei ihr zensiert (so viele Versuche waren erlaubt)</translation>
    </message>
    <message>
        <source>C&amp;ap:</source>
        <translation>&amp;Obergrenze:</translation>
    </message>
    <message>
        <source>Goodness-of-fit refits and level resamples of the analysis (0 skips the p-value and the level probabilities)</source>
        <translation>Neuanpassungen für den Anpassungstest und Stichproben für die Stufe in der Analyse (0 überspringt den p-Wert und die Wahrscheinlichkeiten der Stufen)</translation>
    </message>
    <message>
        <source>&amp;Bootstrap:</source>
        <translation>&amp;Bootstrap:</translation>
    </message>
    <message>
        <source>One count per line, or a CSV column. A count is a non-negative integer, or &gt;=N for a task not solved within N attempts; blank lines and lines starting with # are skipped.</source>
        <translation>Eine Zahl pro Zeile oder eine CSV-Spalte. Eine Zahl ist eine nichtnegative ganze Zahl oder &gt;=N für eine Aufgabe, die in N Versuchen nicht gelöst wurde; leere Zeilen und Zeilen, die mit # beginnen, werden übersprungen.</translation>
    </message>
    <message>
        <source>Import and analyse</source>
        <translation>Importieren und analysieren</translation>
    </message>
    <message>
        <source>Failure counts (*.txt *.csv *.tsv *.dat);;All files (*)</source>
        <translation>Fehlversuchszahlen (*.txt *.csv *.tsv *.dat);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(plain list: one count per line)</source>
        <translation>(einfache Liste: eine Zahl pro Zeile)</translation>
    </message>
</context>
<context>
    <name>tb::gui::MainWindow</name>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>The run is not recorded</source>
        <translation>Der Lauf wird nicht gespeichert</translation>
    </message>
    <message>
        <source>The store could not be opened for writing:
%1</source>
        <translation>Der Speicher konnte nicht zum Schreiben geöffnet werden:
%1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Neuer Speicher …</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Neuer Speicher</translation>
    </message>
    <message>
        <source>TrialBench store (*.sqlite)</source>
        <translation>TrialBench-Speicher (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>Speicher ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <source>TrialBench store (*.sqlite);;All files (*)</source>
        <translation>TrialBench-Speicher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation>Zuletzt verwendete Speicher</translation>
    </message>
    <message>
        <source>Open &amp;config…</source>
        <translation>&amp;Konfiguration öffnen …</translation>
    </message>
    <message>
        <source>Open config</source>
        <translation>Konfiguration öffnen</translation>
    </message>
    <message>
        <source>JSON config (*.json)</source>
        <translation>JSON-Konfiguration (*.json)</translation>
    </message>
    <message>
        <source>&amp;Save config…</source>
        <translation>Konfiguration &amp;speichern …</translation>
    </message>
    <message>
        <source>Save config</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;Pause / Resume</source>
        <translation>&amp;Pause / Fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>Sc&amp;hritt</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Experiment panel</source>
        <translation>Experiment-Bereich</translation>
    </message>
    <message>
        <source>Run browser</source>
        <translation>Lauf-Übersicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About TrialBench</source>
        <translation>Über &amp;TrialBench</translation>
    </message>
    <message>
        <source>About TrialBench</source>
        <translation>Über TrialBench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;TrialBench %1&lt;/h3&gt;&lt;p&gt;A workbench for trial-and-error experiments: bandits, the survival game and RLHF simulations, stored and compared.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;TrialBench %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für Versuch-und-Irrtum-Experimente: Banditen, das Überlebensspiel und RLHF-Simulationen, gespeichert und verglichen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Built with %1</source>
        <translation>Erstellt mit %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Cannot save the config</source>
        <translation>Die Konfiguration kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot switch stores</source>
        <translation>Der Speicher kann nicht gewechselt werden</translation>
    </message>
    <message>
        <source>Stop the current run first.</source>
        <translation>Halten Sie zuerst den laufenden Lauf an.</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>TrialBench — %1</source>
        <translation>TrialBench — %1</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>Der Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Unbekannter Fehler</translation>
    </message>
    <message>
        <source>run #%1</source>
        <translation>Lauf Nr. %1</translation>
    </message>
    <message>
        <source>Configuration of run #%1 — press Run to run it again</source>
        <translation>Konfiguration von Lauf Nr. %1 — zum erneuten Ausführen „Starten“ drücken</translation>
    </message>
    <message>
        <source>Cannot load the run&apos;s configuration</source>
        <translation>Die Konfiguration des Laufs kann nicht geladen werden</translation>
    </message>
    <message>
        <source>⚠ Store: %1 (%2)</source>
        <translation>⚠ Speicher: %1 (%2)</translation>
    </message>
    <message>
        <source>TrialBench — no store</source>
        <translation>TrialBench — kein Speicher</translation>
    </message>
    <message>
        <source>Stopping the run and saving it before closing…</source>
        <translation>Der Lauf wird angehalten und vor dem Schließen gespeichert …</translation>
    </message>
    <message>
        <source>&amp;Import failure counts…</source>
        <translation>Fehlversuchszahlen &amp;importieren …</translation>
    </message>
    <message>
        <source>Analyse failure counts measured elsewhere (a list or a CSV column): tail fit and level, recorded as a survival run</source>
        <translation>Anderswo gemessene Fehlversuchszahlen analysieren (eine Liste oder eine CSV-Spalte): Anpassung des Verteilungsendes und Stufe, gespeichert als Lauf des Überlebensspiels</translation>
    </message>
    <message>
        <source>&amp;Scaling projection…</source>
        <translation>&amp;Skalierungsprognose …</translation>
    </message>
    <message>
        <source>The survival game&apos;s scaling projection: decay rate against model size, the fitted power law and the sizes where it reaches the Capable and Autonomous levels</source>
        <translation>Die Skalierungsprognose des Überlebensspiels: Abklingrate über der Modellgröße, das angepasste Potenzgesetz und die Größen, bei denen es die Stufen Capable und Autonomous erreicht</translation>
    </message>
    <message>
        <source>Cannot import failure counts</source>
        <translation>Die Fehlversuchszahlen können nicht importiert werden</translation>
    </message>
    <message>
        <source>Wait for the current run to end, or stop it.</source>
        <translation>Warten Sie, bis der laufende Lauf endet, oder halten Sie ihn an.</translation>
    </message>
    <message>
        <source>Import failure counts</source>
        <translation>Fehlversuchszahlen importieren</translation>
    </message>
    <message>
        <source>Failure counts (*.txt *.csv *.tsv *.dat);;All files (*)</source>
        <translation>Fehlversuchszahlen (*.txt *.csv *.tsv *.dat);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>There is no store to record the analysis in: %1</source>
        <translation>Es gibt keinen Speicher, in dem die Analyse gespeichert werden kann: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <source>A run started while the file was read; import it again.</source>
        <translation>Während die Datei gelesen wurde, hat ein Lauf begonnen; importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>Imported from %1 — press Run to analyse it again</source>
        <translation>Importiert aus %1 — zum erneuten Analysieren „Starten“ drücken</translation>
    </message>
    <message>
        <source>Reading failure counts from %1…</source>
        <translation>Fehlversuchszahlen werden aus %1 gelesen …</translation>
    </message>
    <message>
        <source>Scaling projection</source>
        <translation>Skalierungsprognose</translation>
    </message>
</context>
<context>
    <name>tb::gui::RunPresenter</name>
    <message>
        <source> G</source>
        <translation> G</translation>
    </message>
    <message>
        <source> M</source>
        <translation> M</translation>
    </message>
    <message>
        <source> k</source>
        <translation> k</translation>
    </message>
    <message>
        <source>Back to the current run</source>
        <translation>Zurück zum aktuellen Lauf</translation>
    </message>
    <message>
        <source>Preparing the experiment…</source>
        <translation>Das Experiment wird vorbereitet …</translation>
    </message>
    <message>
        <source>Run #%1 · %2%3</source>
        <translation>Lauf Nr. %1 · %2%3</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>paused · 0 %1/s</source>
        <translation>angehalten · 0 %1/s</translation>
    </message>
    <message>
        <source>%1%2/s</source>
        <translation>%1%2/s</translation>
    </message>
    <message>
        <source>%1 · checkpoint %2 of %3 · %4 · %5 s</source>
        <translation>%1 · Messpunkt %2 von %3 · %4 · %5 s</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message numerus="yes">
        <source>%n replicate(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready · %n replicate(s) · press Run to start</source>
        <translation>
            <numerusform>Bereit · %n Wiederholung · zum Starten „Starten“ drücken</numerusform>
            <numerusform>Bereit · %n Wiederholungen · zum Starten „Starten“ drücken</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Start nicht möglich: %1</translation>
    </message>
    <message>
        <source>Stored run #%1 · %2 · %3 · started %4</source>
        <translation>Gespeicherter Lauf Nr. %1 · %2 · %3 · gestartet %4</translation>
    </message>
    <message>
        <source>Cannot open the run</source>
        <translation>Der Lauf kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot compare the runs</source>
        <translation>Die Läufe können nicht verglichen werden</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Runs %1 overlaid; the table lists the parameters that differ</source>
        <translation>Läufe %1 überlagert; die Tabelle zeigt die abweichenden Parameter</translation>
    </message>
    <message>
        <source>Run #%1 was deleted from the store</source>
        <translation>Lauf Nr. %1 wurde aus dem Speicher gelöscht</translation>
    </message>
    <message>
        <source>Analysing the pooled data (full bootstrap on every core) · %1 s simulated</source>
        <translation>Die gesammelten Daten werden ausgewertet (vollständiges Bootstrap auf allen Kernen) · %1 s simuliert</translation>
    </message>
    <message>
        <source>analysing</source>
        <translation>Auswertung</translation>
    </message>
</context>
<context>
    <name>tb::gui::StoreSession</name>
    <message>
        <source>%1 was refused; using the default store</source>
        <translation>%1 wurde abgelehnt; der Standardspeicher wird verwendet</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Der Speicher kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1

The window uses the default store instead:
%2</source>
        <translation>%1

Das Fenster verwendet stattdessen den Standardspeicher:
%2</translation>
    </message>
    <message>
        <source>No store: %1 was refused. Runs cannot be recorded, so Run is disabled; open a store with File &gt; Open store.</source>
        <translation>Kein Speicher: %1 wurde abgelehnt. Läufe können nicht gespeichert werden, daher ist „Starten“ gesperrt; öffnen Sie einen Speicher mit Datei &gt; Speicher öffnen.</translation>
    </message>
    <message>
        <source>%1%2

There is no store to record runs in, so Run is disabled until you open one (File &gt; Open store or New store).</source>
        <translation>%1%2

Es gibt keinen Speicher für die Läufe, daher ist „Starten“ gesperrt, bis Sie einen öffnen (Datei &gt; Speicher öffnen oder Neuer Speicher).</translation>
    </message>
</context>
<context>
    <name>tb::ui::AnalysisView</name>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Save the estimates of every run as CSV</source>
        <translation>Die Schätzwerte aller Läufe als CSV speichern</translation>
    </message>
    <message>
        <source>Export estimates</source>
        <translation>Schätzwerte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Live estimate while the run goes on; the full bootstrap runs when it ends.</source>
        <translation>Vorläufige Schätzung, solange der Lauf läuft; der vollständige Bootstrap folgt, wenn er endet.</translation>
    </message>
    <message>
        <source>Nothing derived yet: the analysis appears after the first checkpoint.</source>
        <translation>Noch nichts abgeleitet: Die Analyse erscheint nach dem ersten Messpunkt.</translation>
    </message>
</context>
<context>
    <name>tb::ui::CompareView</name>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message numerus="yes">
        <source>Comparing %n run(s): %1</source>
        <translation>
            <numerusform>Vergleich von %n Lauf: %1</numerusform>
            <numerusform>Vergleich von %n Läufen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>(the configurations are identical)</source>
        <translation>(die Konfigurationen sind identisch)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>runs %1</source>
        <translation>Läufe %1</translation>
    </message>
    <message>
        <source>What to compare: a metric over the steps, a plot over a value, or the analysis</source>
        <translation>Was verglichen wird: eine Kennzahl über die Schritte, eine Grafik über einem Wert oder die Analyse</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Save the verdicts and estimates of every compared run as CSV</source>
        <translation>Die Einstufungen und Schätzwerte aller verglichenen Läufe als CSV speichern</translation>
    </message>
    <message>
        <source>Export estimates</source>
        <translation>Schätzwerte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>No compared run has this plot&apos;s curves.</source>
        <translation>Kein verglichener Lauf hat Kurven für diese Grafik.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not determined</source>
        <translation>nicht bestimmt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No compared run derived anything.</source>
        <translation>Für keinen verglichenen Lauf wurde etwas abgeleitet.</translation>
    </message>
    <message>
        <source>Verdicts and estimates of every compared run; hover a value for how it was obtained.</source>
        <translation>Einstufungen und Schätzwerte aller verglichenen Läufe; zeigen Sie mit der Maus auf einen Wert, um zu sehen, wie er ermittelt wurde.</translation>
    </message>
</context>
<context>
    <name>tb::ui::DistributionPlot</name>
    <message>
        <source>Box plot</source>
        <translation>Boxplot</translation>
    </message>
    <message>
        <source>Histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>Show the replicates&apos; final values as box plots or as histograms</source>
        <translation>Endwerte der Wiederholungen als Boxplots oder Histogramme zeigen</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 – %2&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; (%n replicate(s))&lt;br&gt;mean %3 · median %4&lt;br&gt;quartiles %5 – %6&lt;br&gt;whiskers %7 – %8 · %9</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; (%n Wiederholung)&lt;br&gt;Mittelwert %3 · Median %4&lt;br&gt;Quartile %5 – %6&lt;br&gt;Whisker %7 – %8 · %9</numerusform>
            <numerusform>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; (%n Wiederholungen)&lt;br&gt;Mittelwert %3 · Median %4&lt;br&gt;Quartile %5 – %6&lt;br&gt;Whisker %7 – %8 · %9</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s)</source>
        <translation>
            <numerusform>%n Ausreißer</numerusform>
            <numerusform>%n Ausreißer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::ui::PlotPanel</name>
    <message>
        <source>Reset view</source>
        <translation>Ansicht zurücksetzen</translation>
    </message>
    <message>
        <source>Fit the axes to the data again (drag to pan, wheel to zoom)</source>
        <translation>Achsen wieder an die Daten anpassen (Ziehen verschiebt, Mausrad zoomt)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save this plot as PNG or PDF, or its data as CSV</source>
        <translation>Diese Grafik als PNG oder PDF speichern, oder ihre Daten als CSV</translation>
    </message>
    <message>
        <source>PNG image…</source>
        <translation>PNG-Bild …</translation>
    </message>
    <message>
        <source>PDF (vector)…</source>
        <translation>PDF (Vektor) …</translation>
    </message>
    <message>
        <source>CSV of the plotted data…</source>
        <translation>CSV der dargestellten Daten …</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Grafik exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Inside, top left</source>
        <translation>Innen, oben links</translation>
    </message>
    <message>
        <source>Inside, top right</source>
        <translation>Innen, oben rechts</translation>
    </message>
    <message>
        <source>Inside, bottom left</source>
        <translation>Innen, unten links</translation>
    </message>
    <message>
        <source>Inside, bottom right</source>
        <translation>Innen, unten rechts</translation>
    </message>
    <message>
        <source>Outside, right of the plot</source>
        <translation>Außen, rechts neben der Grafik</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
    <message>
        <source>Log x</source>
        <translation>Log. x</translation>
    </message>
    <message>
        <source>Logarithmic step axis: early exploration and late convergence on one plot</source>
        <translation>Logarithmische Schrittachse: frühe Erkundung und späte Konvergenz in einer Grafik</translation>
    </message>
    <message>
        <source>Log y</source>
        <translation>Log. y</translation>
    </message>
    <message>
        <source>Logarithmic value axis, for values that span decades (regret, pulls per arm)</source>
        <translation>Logarithmische Werteachse, für Werte über mehrere Größenordnungen (Regret, Ziehungen pro Arm)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Place the legend inside a corner of the plot, outside on the right, or hide it (also on the plot&apos;s context menu)</source>
        <translation>Die Legende in eine Ecke der Grafik oder rechts daneben setzen oder ausblenden (auch im Kontextmenü der Grafik)</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <translation>In %1 kann keine temporäre Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1 (is the disk full?). The file was left as it was.</source>
        <translation>%1 konnte nicht geschrieben werden (ist der Datenträger voll?). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Could not replace %1: %2</source>
        <translation>%1 konnte nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). The file was left as it was.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Die Datei blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>tb::ui::ProjectionPlot</name>
    <message>
        <source>Scaling projection: decay rate a against model size N</source>
        <translation>Skalierungsprognose: Abklingrate a über der Modellgröße N</translation>
    </message>
    <message>
        <source>Model size N (parameters)</source>
        <translation>Modellgröße N (Parameter)</translation>
    </message>
    <message>
        <source>Failure decay rate a</source>
        <translation>Abklingrate a der Fehlversuche</translation>
    </message>
    <message>
        <source>Limited (a ≤ 2)</source>
        <translation>Limited (a ≤ 2)</translation>
    </message>
    <message>
        <source>Capable (2 &lt; a ≤ 3)</source>
        <translation>Capable (2 &lt; a ≤ 3)</translation>
    </message>
    <message>
        <source>Autonomous (a &gt; 3)</source>
        <translation>Autonomous (a &gt; 3)</translation>
    </message>
    <message>
        <source>95% band of the line</source>
        <translation>95-%-Band der Geraden</translation>
    </message>
    <message>
        <source>Fitted line</source>
        <translation>Angepasste Gerade</translation>
    </message>
    <message>
        <source>Other models</source>
        <translation>Andere Modelle</translation>
    </message>
    <message>
        <source>Fitted models</source>
        <translation>Modelle der Anpassung</translation>
    </message>
    <message>
        <source>Crossings N*(2), N*(3)</source>
        <translation>Schnittpunkte N*(2), N*(3)</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Selected models</source>
        <translation>Ausgewählte Modelle</translation>
    </message>
    <message>
        <source>Paper&apos;s line</source>
        <translation>Gerade des Artikels</translation>
    </message>
    <message>
        <source>Crossings</source>
        <translation>Schnittpunkte</translation>
    </message>
</context>
<context>
    <name>tb::ui::ProjectionView</name>
    <message>
        <source>Limited</source>
        <translation>Limited</translation>
    </message>
    <message>
        <source>Capable</source>
        <translation>Capable</translation>
    </message>
    <message>
        <source>Autonomous</source>
        <translation>Autonomous</translation>
    </message>
    <message>
        <source>Open CSV…</source>
        <translation>CSV öffnen …</translation>
    </message>
    <message>
        <source>(N, a) pairs: a CSV file with the columns N_params and decay_rate, and optionally label</source>
        <translation>(N, a)-Paare: eine CSV-Datei mit den Spalten N_params und decay_rate, optional auch label</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>The shipped sample: 30 language models read off the paper&apos;s figure</source>
        <translation>Die mitgelieferten Beispieldaten: 30 Sprachmodelle, abgelesen aus der Abbildung des Artikels</translation>
    </message>
    <message>
        <source>all points</source>
        <translation>alle Punkte</translation>
    </message>
    <message>
        <source>The fitted set: labels matching this prefix or regular expression (empty: every point)</source>
        <translation>Die Punkte der Anpassung: Bezeichnungen, die zu diesem Präfix oder regulären Ausdruck passen (leer: alle Punkte)</translation>
    </message>
    <message>
        <source>Paper&apos;s line</source>
        <translation>Gerade des Artikels</translation>
    </message>
    <message>
        <source>Project the paper&apos;s digitized line log10 a = −0.0407 + 0.01972 · log10 N instead of fitting</source>
        <translation>Statt einer Anpassung die digitalisierte Gerade des Artikels log10 a = −0.0407 + 0.01972 · log10 N fortschreiben</translation>
    </message>
    <message>
        <source>Fit models:</source>
        <translation>Modelle anpassen:</translation>
    </message>
    <message>
        <source>scaling projection</source>
        <translation>Skalierungsprognose</translation>
    </message>
    <message>
        <source>Open (N, a) pairs</source>
        <translation>(N, a)-Paare öffnen</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>sample</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>Cannot read the (N, a) pairs</source>
        <translation>Die (N, a)-Paare können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 — points: %2</source>
        <translation>%1 — Punkte: %2</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>No line: %1</source>
        <translation>Keine Gerade: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fitted line&lt;/b&gt; a = c · N&lt;sup&gt;b&lt;/sup&gt; (OLS of log10 a on log10 N, %1 of %2 points%3): c = %4, b = %5 ± %6 (SE), R² = %7, n = %8</source>
        <translation>&lt;b&gt;Angepasste Gerade&lt;/b&gt; a = c · N&lt;sup&gt;b&lt;/sup&gt; (KQ-Regression von log10 a auf log10 N, %1 von %2 Punkten%3): c = %4, b = %5 ± %6 (SE), R² = %7, n = %8</translation>
    </message>
    <message>
        <source>, labels matching “%1”</source>
        <translation>, Bezeichnungen passend zu „%1“</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paper&apos;s line&lt;/b&gt; (digitized from its figure): log10 a = %1 + %2 · log10 N, c = %3, b = %4; no interval</source>
        <translation>&lt;b&gt;Gerade des Artikels&lt;/b&gt; (aus seiner Abbildung digitalisiert): log10 a = %1 + %2 · log10 N, c = %3, b = %4; kein Intervall</translation>
    </message>
    <message>
        <source> (95% CI %1 – %2; years %3 – %4)</source>
        <translation> (95-%-KI %1 – %2; Jahre %3 – %4)</translation>
    </message>
    <message>
        <source>%1 from a = %2: N* = %3%4, year ≈ %5 (reconstruction)&lt;br&gt;</source>
        <translation>%1 ab a = %2: N* = %3%4, Jahr ≈ %5 (Rekonstruktion)&lt;br&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#5b6370&apos;&gt;Pair bootstrap: %1 resamples, seed %2; %3 with b ≤ 0. Years: 2025 + 1.5 · log2(N / 10&lt;sup&gt;12&lt;/sup&gt;), read off the paper&apos;s figure.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#5b6370&apos;&gt;Paar-Bootstrap: %1 Stichproben, Startwert %2; %3 mit b ≤ 0. Jahre: 2025 + 1.5 · log2(N / 10&lt;sup&gt;12&lt;/sup&gt;), abgelesen aus der Abbildung des Artikels.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#5b6370&apos;&gt;Years: 2025 + 1.5 · log2(N / 10&lt;sup&gt;12&lt;/sup&gt;), read off the paper&apos;s figure.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#5b6370&apos;&gt;Jahre: 2025 + 1.5 · log2(N / 10&lt;sup&gt;12&lt;/sup&gt;), abgelesen aus der Abbildung des Artikels.&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>tb::ui::RunBrowser</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show the plots of the selected run (no re-run)</source>
        <translation>Grafiken des ausgewählten Laufs zeigen (ohne erneute Ausführung)</translation>
    </message>
    <message>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Load the selected run&apos;s configuration into the form</source>
        <translation>Konfiguration des ausgewählten Laufs in das Formular laden</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Overlay the selected runs and list their parameter differences</source>
        <translation>Ausgewählte Läufe überlagern und ihre Parameterunterschiede auflisten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the selected runs from the store</source>
        <translation>Ausgewählte Läufe aus dem Speicher löschen</translation>
    </message>
    <message>
        <source>Store error: %1</source>
        <translation>Speicherfehler: %1</translation>
    </message>
    <message>
        <source>Delete runs</source>
        <translation>Läufe löschen</translation>
    </message>
    <message>
        <source>A run that is still running cannot be deleted.</source>
        <translation>Ein Lauf, der noch läuft, kann nicht gelöscht werden.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n run(s) with all their data from the store? This cannot be undone.</source>
        <translation>
            <numerusform>%n Lauf mit allen Daten aus dem Speicher löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Läufe mit allen Daten aus dem Speicher löschen? Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n Lauf</numerusform>
            <numerusform>%n Läufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter: words, or an expression such as final.pseudo_regret &lt; 50 and params.horizon = 10000</source>
        <translation>Filter: Wörter oder ein Ausdruck wie final.pseudo_regret &lt; 50 and params.horizon = 10000</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose the columns: parameters, final metrics, tags</source>
        <translation>Spalten wählen: Parameter, Endkennzahlen, Schlagwörter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save the table as shown (visible columns, filtered rows) as CSV</source>
        <translation>Die Tabelle wie angezeigt (sichtbare Spalten, gefilterte Zeilen) als CSV speichern</translation>
    </message>
    <message>
        <source>Hide “%1”</source>
        <translation>„%1“ ausblenden</translation>
    </message>
    <message>
        <source>Words match any column. An expression compares fields: params.KEY, final.METRIC, tags.KEY, id, name, kind, status, created, best, value, replicates, notes; with = != &lt; &lt;= &gt; &gt;=, LIKE &apos;%x%&apos;, ~ &apos;regex&apos;, and, or, not, ( ). Example: final.pseudo_regret &lt; 50 and params.horizon = 10000</source>
        <translation>Wörter werden in allen Spalten gesucht. Ein Ausdruck vergleicht Felder: params.KEY, final.METRIC, tags.KEY, id, name, kind, status, created, best, value, replicates, notes; mit = != &lt; &lt;= &gt; &gt;=, LIKE &apos;%x%&apos;, ~ &apos;regex&apos;, and, or, not, ( ). Beispiel: final.pseudo_regret &lt; 50 and params.horizon = 10000</translation>
    </message>
    <message>
        <source>Final metrics (best run)</source>
        <translation>Endkennzahlen (bester Lauf)</translation>
    </message>
    <message>
        <source>Tag keys</source>
        <translation>Schlagwort-Schlüssel</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Export the run table</source>
        <translation>Lauftabelle exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 von %n Lauf</numerusform>
            <numerusform>%1 von %n Läufen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::ui::RunBrowserModel</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <source>Final value</source>
        <translation>Endwert</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Final mean of %1 of the best run</source>
        <translation>Endmittelwert von %1 des besten Laufs</translation>
    </message>
    <message>
        <source>Double-click to add notes</source>
        <translation>Doppelklick, um Notizen hinzuzufügen</translation>
    </message>
    <message>
        <source>Final mean across replicates of %1 of the best run</source>
        <translation>Endmittelwert über die Wiederholungen von %1 des besten Laufs</translation>
    </message>
    <message>
        <source>Configuration parameter %1 (a list shows its number of items)</source>
        <translation>Konfigurationsparameter %1 (eine Liste zeigt die Zahl ihrer Einträge)</translation>
    </message>
    <message>
        <source>Filter field: %1</source>
        <translation>Filterfeld: %1</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Comma-separated tags, plain (baseline) or KEY=VALUE (owner=ana, filtered as tags.owner); double-click to edit</source>
        <translation>Kommagetrennte Schlagwörter, einfach (baseline) oder KEY=VALUE (owner=ana, gefiltert als tags.owner); Doppelklick zum Bearbeiten</translation>
    </message>
</context>
<context>
    <name>tb::ui::SeriesPlot</name>
    <message>
        <source>95% band</source>
        <translation>95-%-Band</translation>
    </message>
    <message>
        <source>Shade the 95% confidence interval of the mean across replicates</source>
        <translation>95-%-Konfidenzintervall des Mittelwerts über die Wiederholungen schattieren</translation>
    </message>
    <message>
        <source>Smoothing</source>
        <translation>Glättung</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>&lt;b&gt;step %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schritt %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Average each point over the steps within ±N % of its step: the window is symmetric in steps, so straight lines stay straight and jumps do not overshoot. Applies to the mean and the band.</source>
        <translation>Jeden Punkt über die Schritte innerhalb von ±N % seines Schritts mitteln: Das Fenster ist in Schritten symmetrisch, daher bleiben Geraden gerade und Sprünge schießen nicht über. Gilt für den Mittelwert und das Band.</translation>
    </message>
</context>
<context>
    <name>tb::ui::SnapshotView</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Step (%1)</source>
        <translation>Schritt (%1)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Final %1 across replicates</source>
        <translation>Endwert: %1 über die Wiederholungen</translation>
    </message>
    <message>
        <source>%1 at step %2%3 (run in progress)</source>
        <translation>%1 bei Schritt %2%3 (Lauf läuft noch)</translation>
    </message>
    <message>
        <source>%1 at step %2%3 (run interrupted)</source>
        <translation>%1 bei Schritt %2%3 (Lauf abgebrochen)</translation>
    </message>
    <message>
        <source>%1 at step %2%3 (run failed)</source>
        <translation>%1 bei Schritt %2%3 (Lauf fehlgeschlagen)</translation>
    </message>
    <message>
        <source>Known after the first checkpoint.</source>
        <translation>Bekannt nach dem ersten Messpunkt.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>The store records these counts when the run ends;
the run is still going on.</source>
        <translation>Der Speicher hält diese Anzahlen am Ende des Laufs fest;
der Lauf läuft noch.</translation>
    </message>
    <message>
        <source>This run recorded no values for this plot.</source>
        <translation>Dieser Lauf hat für diese Grafik keine Werte aufgezeichnet.</translation>
    </message>
    <message>
        <source>Not recorded: the run stopped in the middle of a checkpoint, where these counts
are not those of any recorded step. A run stopped while paused keeps them.</source>
        <translation>Nicht aufgezeichnet: Der Lauf wurde mitten in einem Messpunkt gestoppt, wo diese Anzahlen
zu keinem aufgezeichneten Schritt gehören. Ein im Pausenzustand gestoppter Lauf behält sie.</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source> across replicates</source>
        <translation> über die Wiederholungen</translation>
    </message>
    <message>
        <source>No checkpoint is complete yet.</source>
        <translation>Noch ist kein Messpunkt abgeschlossen.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Wird analysiert …</translation>
    </message>
</context>
<context>
    <name>tb::ui::ValuePlot</name>
    <message>
        <source>95% band</source>
        <translation>95-%-Band</translation>
    </message>
    <message>
        <source>Shade the 95% confidence interval of each curve across replicates (switched off automatically when many runs overlap)</source>
        <translation>Das 95-%-Konfidenzintervall jeder Kurve über die Wiederholungen schattieren (automatisch ausgeschaltet, wenn sich viele Läufe überlagern)</translation>
    </message>
</context>
<context>
    <name>tb::ui::VerdictBadge</name>
    <message>
        <source>not determined</source>
        <translation>nicht bestimmt</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source>no probabilities yet</source>
        <translation>noch keine Wahrscheinlichkeiten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>  (live)</source>
        <translation>  (vorläufig)</translation>
    </message>
    <message>
        <source>probabilities not computed yet</source>
        <translation>Wahrscheinlichkeiten noch nicht berechnet</translation>
    </message>
</context>
</TS>
