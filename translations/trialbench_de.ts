<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Policy %1</source>
        <translation>Strategie %1</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Erweitert</translation>
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
    <name>tb::gui::MainWindow</name>
    <message>
        <source>Back to the current run</source>
        <translation>Zurück zum aktuellen Lauf</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
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
        <source>(custom)</source>
        <translation>(eigene)</translation>
    </message>
    <message>
        <source>Cannot load the config</source>
        <translation>Die Konfiguration kann nicht geladen werden</translation>
    </message>
    <message>
        <source>Loaded from %1</source>
        <translation>Geladen aus %1</translation>
    </message>
    <message>
        <source>%1: the config must be a JSON object</source>
        <translation>%1: Die Konfiguration muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Cannot save the config</source>
        <translation>Die Konfiguration kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden.</translation>
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
        <source>Cannot open the store</source>
        <translation>Der Speicher kann nicht geöffnet werden</translation>
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
        <source>The configuration has problems</source>
        <translation>Die Konfiguration enthält Fehler</translation>
    </message>
    <message>
        <source>Cannot start the run</source>
        <translation>Der Lauf kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Run #%1 · %2%3</source>
        <translation>Lauf Nr. %1 · %2%3</translation>
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
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
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
        <source>%1%2/s</source>
        <translation>%1%2/s</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>%1 · checkpoint %2 of %3 · %4 replicates · %5 s</source>
        <translation>%1 · Messpunkt %2 von %3 · %4 Wiederholungen · %5 s</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n problem(s) in the configuration: fix the marked fields to run.</source>
        <translation>
            <numerusform>⚠ %n Fehler in der Konfiguration: Korrigieren Sie das markierte Feld, um zu starten.</numerusform>
            <numerusform>⚠ %n Fehler in der Konfiguration: Korrigieren Sie die markierten Felder, um zu starten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready · %1 replicates · press Run to start</source>
        <translation>Bereit · %1 Wiederholungen · zum Starten „Starten“ drücken</translation>
    </message>
    <message>
        <source>Run #%1 · %2</source>
        <translation>Lauf Nr. %1 · %2</translation>
    </message>
    <message>
        <source>Stored run #%1 · %2 · %3 replicates · started %4</source>
        <translation>Gespeicherter Lauf Nr. %1 · %2 · %3 Wiederholungen · gestartet %4</translation>
    </message>
    <message>
        <source>Cannot open the run</source>
        <translation>Der Lauf kann nicht geöffnet werden</translation>
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
        <source>Cannot load the run's configuration</source>
        <translation>Die Konfiguration des Laufs kann nicht geladen werden</translation>
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
</context>
<context>
    <name>tb::ui::CategoryPlot</name>
    <message>
        <source>Log y</source>
        <translation>Log. y</translation>
    </message>
    <message>
        <source>Logarithmic value axis: small counts stay visible next to large ones</source>
        <translation>Logarithmische Werteachse: kleine Anzahlen bleiben neben großen sichtbar</translation>
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
        <source>Show the replicates' final values as box plots or as histograms</source>
        <translation>Endwerte der Wiederholungen als Boxplots oder Histogramme zeigen</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>&lt;span style='color:%1'&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; (%3 replicates)&lt;br&gt;mean %4 · median %5&lt;br&gt;quartiles %6 – %7&lt;br&gt;whiskers %8 – %9 · %10 outliers</source>
        <translation>&lt;span style='color:%1'&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; (%3 Wiederholungen)&lt;br&gt;Mittelwert %4 · Median %5&lt;br&gt;Quartile %6 – %7&lt;br&gt;Whisker %8 – %9 · %10 Ausreißer</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 – %2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 – %2&lt;/b&gt;</translation>
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
</context>
<context>
    <name>tb::ui::RunBrowser</name>
    <message>
        <source>Filter runs by name, kind, policy, tag or note…</source>
        <translation>Läufe nach Name, Art, Strategie, Schlagwort oder Notiz filtern …</translation>
    </message>
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
        <source>Load the selected run's configuration into the form</source>
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
        <source>%1 of %2 runs</source>
        <translation>%1 von %2 Läufen</translation>
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
        <source>Comma-separated tags (double-click to edit)</source>
        <translation>Kommagetrennte Schlagwörter (Doppelklick zum Bearbeiten)</translation>
    </message>
    <message>
        <source>Double-click to add notes</source>
        <translation>Doppelklick, um Notizen hinzuzufügen</translation>
    </message>
</context>
<context>
    <name>tb::ui::SeriesPlot</name>
    <message>
        <source>Log x</source>
        <translation>Log. x</translation>
    </message>
    <message>
        <source>Logarithmic step axis: early exploration and late convergence on one plot</source>
        <translation>Logarithmische Schrittachse: frühe Erkundung und späte Konvergenz in einer Grafik</translation>
    </message>
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
        <source>Centred moving average over ±N checkpoints (applies to mean and band)</source>
        <translation>Zentrierter gleitender Mittelwert über ±N Messpunkte (für Mittelwert und Band)</translation>
    </message>
    <message>
        <source>&lt;b&gt;step %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schritt %1&lt;/b&gt;</translation>
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
        <source>Final distribution</source>
        <translation>Endverteilung</translation>
    </message>
</context>
</TS>