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
        <translation>Neu</translation>
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
        <translation>Löschen</translation>
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
    <message>
        <source>%1 to %2%3</source>
        <translation>%1 bis %2%3</translation>
    </message>
    <message>
        <source> (logarithmic)</source>
        <translation> (logarithmisch)</translation>
    </message>
    <message>
        <source>%1 · %2:</source>
        <translation>%1 · %2:</translation>
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
    <name>engine</name>
    <message>
        <source>replicates × policies × arms = %1 × %2 × %3 = %4 per-arm states of about %5 bytes</source>
        <translation>Wiederholungen × Strategien × Arme = %1 × %2 × %3 = %4 Zustände pro Arm von je etwa %5 Byte</translation>
    </message>
    <message>
        <source>replicates × window rounds (sw-ucb τ, at most the horizon) = %1 × %2 rounds of 12 bytes</source>
        <translation>Wiederholungen × Fensterrunden (sw-ucb τ, höchstens der Horizont) = %1 × %2 Runden zu je 12 Byte</translation>
    </message>
    <message>
        <source>the reward table: %1 rows × %2 arms of 8 bytes</source>
        <translation>die Belohnungstabelle: %1 Zeilen × %2 Arme zu je 8 Byte</translation>
    </message>
    <message>
        <source>ucb1-trap: the arm UCB1 picks in each of %1 rounds, 2 bytes each</source>
        <translation>ucb1-trap: der Arm, den UCB1 in jeder der %1 Runden wählt, je 2 Byte</translation>
    </message>
    <message>
        <source>horizon × arms = %1 × %2 = %3 table entries summed before the first pull</source>
        <translation>Horizont × Arme = %1 × %2 = %3 Tabelleneinträge, vor der ersten Ziehung aufsummiert</translation>
    </message>
    <message>
        <source>replicates × policies × horizon = %1 × %2 × %3 = %4 pulls on %5 arms; the slowest policy, %6, at about %7 ns per pull</source>
        <translation>Wiederholungen × Strategien × Horizont = %1 × %2 × %3 = %4 Ziehungen an %5 Armen; die langsamste Strategie, %6, mit etwa %7 ns pro Ziehung</translation>
    </message>
    <message>
        <source>ln t tables for t &lt; min(horizon, 2^21)</source>
        <translation>ln-t-Tabellen für t &lt; min(Horizont, 2^21)</translation>
    </message>
    <message>
        <source>cumulative rewards per checkpoint and arm</source>
        <translation>kumulierte Belohnungen pro Messpunkt und Arm</translation>
    </message>
    <message>
        <source>ln t tables</source>
        <translation>ln-t-Tabellen</translation>
    </message>
    <message>
        <source>arm %1</source>
        <translation>Arm %1</translation>
    </message>
    <message>
        <source>asymptotic lower bound C ln t of the expected regret of every uniformly good policy, C = sum (mu* - mu_k) / kl(mu_k, mu*) = %1; finite-horizon regret can lie below it</source>
        <translation>asymptotische untere Schranke C ln t für den erwarteten Regret jeder gleichmäßig guten Strategie, C = sum (mu* - mu_k) / kl(mu_k, mu*) = %1; bei endlichem Horizont kann der Regret darunter liegen</translation>
    </message>
    <message>
        <source>Cumulative pseudo-regret</source>
        <translation>Kumulativer Pseudo-Regret</translation>
    </message>
    <message>
        <source>Cumulative realized regret</source>
        <translation>Kumulativer realisierter Regret</translation>
    </message>
    <message>
        <source>Fraction of optimal pulls</source>
        <translation>Anteil optimaler Ziehungen</translation>
    </message>
    <message>
        <source>Average reward</source>
        <translation>Mittlere Belohnung</translation>
    </message>
    <message>
        <source>Pulls per arm</source>
        <translation>Ziehungen pro Arm</translation>
    </message>
    <message>
        <source>pulls</source>
        <translation>Ziehungen</translation>
    </message>
    <message>
        <source>arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>Multi-armed bandit</source>
        <translation>Mehrarmiger Bandit</translation>
    </message>
    <message>
        <source>Lai–Robbins asymptotic bound</source>
        <translation>Asymptotische Lai-Robbins-Schranke</translation>
    </message>
    <message>
        <source>%1 must be greater than the previous start %2</source>
        <translation>%1 muss größer sein als der vorige Beginn %2</translation>
    </message>
    <message>
        <source>%1 must be &lt; horizon %2</source>
        <translation>%1 muss &lt; Horizont %2 sein</translation>
    </message>
    <message>
        <source>has %1 items but segments[0].means has %2</source>
        <translation>hat %1 Einträge, aber segments[0].means hat %2</translation>
    </message>
    <message>
        <source>has %1 items but the segments have %2 arms</source>
        <translation>hat %1 Einträge, aber die Abschnitte haben %2 Arme</translation>
    </message>
    <message>
        <source>has %1 items but environment.arms is %2</source>
        <translation>hat %1 Einträge, aber environment.arms ist %2</translation>
    </message>
    <message>
        <source>Bernoulli arms</source>
        <translation>Bernoulli-Arme</translation>
    </message>
    <message>
        <source>arm k pays 1 with probability means[k], else 0</source>
        <translation>Arm k zahlt 1 mit Wahrscheinlichkeit means[k], sonst 0</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Mittelwerte</translation>
    </message>
    <message>
        <source>success probability of each arm</source>
        <translation>Erfolgswahrscheinlichkeit jedes Arms</translation>
    </message>
    <message>
        <source>Gaussian arms</source>
        <translation>Gauß-Arme</translation>
    </message>
    <message>
        <source>arm k pays means[k] + sqrt(variances[k]) * N(0, 1)</source>
        <translation>Arm k zahlt means[k] + sqrt(variances[k]) * N(0, 1)</translation>
    </message>
    <message>
        <source>mean reward of each arm</source>
        <translation>mittlere Belohnung jedes Arms</translation>
    </message>
    <message>
        <source>Variances</source>
        <translation>Varianzen</translation>
    </message>
    <message>
        <source>reward variance of each arm (&gt; 0)</source>
        <translation>Varianz der Belohnung jedes Arms (&gt; 0)</translation>
    </message>
    <message>
        <source>Piecewise-stationary</source>
        <translation>Stückweise stationär</translation>
    </message>
    <message>
        <source>arm means change at the segment starts (change points); the best arm is re-evaluated in each segment</source>
        <translation>die Mittelwerte der Arme ändern sich an den Abschnittsanfängen (Wechselpunkten); der beste Arm wird in jedem Abschnitt neu bestimmt</translation>
    </message>
    <message>
        <source>Arm law</source>
        <translation>Verteilung der Arme</translation>
    </message>
    <message>
        <source>reward law of the arms in every segment</source>
        <translation>Belohnungsverteilung der Arme in jedem Abschnitt</translation>
    </message>
    <message>
        <source>gaussian arms: reward variance of each arm (&gt; 0)</source>
        <translation>Gauß-Arme: Varianz der Belohnung jedes Arms (&gt; 0)</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>stationary stretches: first start 0, starts strictly increasing and &lt; horizon</source>
        <translation>stationäre Abschnitte: erster Beginn 0, Anfänge streng steigend und &lt; Horizont</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>first round (0-based) of the segment</source>
        <translation>erste Runde des Abschnitts (ab 0 gezählt)</translation>
    </message>
    <message>
        <source>arm means in this segment</source>
        <translation>Mittelwerte der Arme in diesem Abschnitt</translation>
    </message>
    <message>
        <source>Oblivious adversarial</source>
        <translation>Oblivious-adversarial</translation>
    </message>
    <message>
        <source>a reward table fixed before play: given rows (cycled over the horizon) or generated</source>
        <translation>eine vor dem Spiel festgelegte Belohnungstabelle: vorgegebene Zeilen (über den Horizont wiederholt) oder erzeugt</translation>
    </message>
    <message>
        <source>Reward table</source>
        <translation>Belohnungstabelle</translation>
    </message>
    <message>
        <source>rows x arms rewards in [0, 1], cycled over the horizon</source>
        <translation>Zeilen × Arme, Belohnungen in [0, 1], über den Horizont wiederholt</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>Generator</translation>
    </message>
    <message>
        <source>ucb1-trap: every arm pays 1 except the one UCB1 would pick, which pays 0.1 (k+1)/K (UCB1&apos;s regret is linear); doubling-blocks: block b (length block * 2^b) pays 1 on arm b mod K only; random: i.i.d. uniform entries from the seed</source>
        <translation>ucb1-trap: jeder Arm zahlt 1 außer dem, den UCB1 wählen würde, der 0.1 (k+1)/K zahlt (der Regret von UCB1 wächst linear); doubling-blocks: Block b (Länge block * 2^b) zahlt 1 nur auf Arm b mod K; random: unabhängige, gleichverteilte Einträge aus dem Seed</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>number of arms (generated tables; must match a given table)</source>
        <translation>Anzahl der Arme (erzeugte Tabellen; muss zu einer vorgegebenen Tabelle passen)</translation>
    </message>
    <message>
        <source>First block</source>
        <translation>Erster Block</translation>
    </message>
    <message>
        <source>doubling-blocks: length of the first block</source>
        <translation>doubling-blocks: Länge des ersten Blocks</translation>
    </message>
    <message>
        <source>the first segment must start at 0</source>
        <translation>der erste Abschnitt muss bei 0 beginnen</translation>
    </message>
    <message>
        <source>give either &quot;table&quot; or &quot;generator&quot;, not both</source>
        <translation>entweder &quot;table&quot; oder &quot;generator&quot; angeben, nicht beides</translation>
    </message>
    <message>
        <source>needs a &quot;table&quot; or a &quot;generator&quot;</source>
        <translation>braucht &quot;table&quot; oder &quot;generator&quot;</translation>
    </message>
    <message>
        <source>ucb1-trap stores one arm per round: horizon must be &lt;= 1e+08</source>
        <translation>ucb1-trap speichert einen Arm pro Runde: der Horizont muss &lt;= 1e+08 sein</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>independent repetitions</source>
        <translation>unabhängige Wiederholungen</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizont</translation>
    </message>
    <message>
        <source>rounds T per replicate</source>
        <translation>Runden T pro Wiederholung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>the arms</source>
        <translation>die Arme</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Strategien</translation>
    </message>
    <message>
        <source>compared policies (each one run)</source>
        <translation>verglichene Strategien (je ein Lauf)</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>display label (default: type and parameters)</source>
        <translation>angezeigte Bezeichnung (Standard: Typ und Parameter)</translation>
    </message>
    <message>
        <source>ε-greedy (decaying, c=%1, d=%2)</source>
        <translation>ε-greedy (abklingend, c=%1, d=%2)</translation>
    </message>
    <message>
        <source>ε-greedy (ε=%1)</source>
        <translation>ε-greedy (ε=%1)</translation>
    </message>
    <message>
        <source>KL-UCB (c=%1)</source>
        <translation>KL-UCB (c=%1)</translation>
    </message>
    <message>
        <source>Softmax (τ=%1)</source>
        <translation>Softmax (τ=%1)</translation>
    </message>
    <message>
        <source>Explore-then-commit (m=%1)</source>
        <translation>Erkunden, dann festlegen (m=%1)</translation>
    </message>
    <message>
        <source>UCB-V (b=%1, ζ=%2)</source>
        <translation>UCB-V (b=%1, ζ=%2)</translation>
    </message>
    <message>
        <source>Thompson (Gaussian, σ=%1)</source>
        <translation>Thompson (Gauß, σ=%1)</translation>
    </message>
    <message>
        <source>EXP3 (γ=%1)</source>
        <translation>EXP3 (γ=%1)</translation>
    </message>
    <message>
        <source>SW-UCB (τ=%1)</source>
        <translation>SW-UCB (τ=%1)</translation>
    </message>
    <message>
        <source>D-UCB (γ=%1)</source>
        <translation>D-UCB (γ=%1)</translation>
    </message>
    <message>
        <source>D-TS (γ=%1)</source>
        <translation>D-TS (γ=%1)</translation>
    </message>
    <message>
        <source>Bayes-UCB (c=%1)</source>
        <translation>Bayes-UCB (c=%1)</translation>
    </message>
    <message>
        <source>Uniform</source>
        <translation>Gleichverteilt</translation>
    </message>
    <message>
        <source>pulls an arm uniformly at random every round</source>
        <translation>zieht in jeder Runde einen gleichverteilt zufälligen Arm</translation>
    </message>
    <message>
        <source>ε-greedy</source>
        <translation>ε-greedy</translation>
    </message>
    <message>
        <source>explore (uniform arm) with probability ε_t, else the best empirical mean; fixed: ε_t = ε; decaying: ε_t = min(1, c K / (d^2 t))</source>
        <translation>erkundet mit Wahrscheinlichkeit ε_t (gleichverteilter Arm), sonst der beste empirische Mittelwert; fixed: ε_t = ε; decaying: ε_t = min(1, c K / (d^2 t))</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>exploration probability (fixed schedule)</source>
        <translation>Erkundungswahrscheinlichkeit (fester Verlauf)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>fixed ε or the decaying ε_t = min(1, c K / (d^2 t))</source>
        <translation>festes ε oder das abklingende ε_t = min(1, c K / (d^2 t))</translation>
    </message>
    <message>
        <source>c</source>
        <translation>c</translation>
    </message>
    <message>
        <source>decaying schedule: scale c</source>
        <translation>abklingender Verlauf: Skala c</translation>
    </message>
    <message>
        <source>d</source>
        <translation>d</translation>
    </message>
    <message>
        <source>decaying schedule: assumed smallest gap d</source>
        <translation>abklingender Verlauf: angenommene kleinste Lücke d</translation>
    </message>
    <message>
        <source>UCB1</source>
        <translation>UCB1</translation>
    </message>
    <message>
        <source>mean_k + sqrt(2 ln t / N_k), t = pulls so far</source>
        <translation>mean_k + sqrt(2 ln t / N_k), t = bisherige Ziehungen</translation>
    </message>
    <message>
        <source>KL-UCB</source>
        <translation>KL-UCB</translation>
    </message>
    <message>
        <source>max { q : N_k kl(mean_k, q) &lt;= ln t + c ln ln t } (Bernoulli kl, exact solve)</source>
        <translation>max { q : N_k kl(mean_k, q) &lt;= ln t + c ln ln t } (Bernoulli-kl, exakt gelöst)</translation>
    </message>
    <message>
        <source>weight of the ln ln t term</source>
        <translation>Gewicht des Terms ln ln t</translation>
    </message>
    <message>
        <source>Lazy bounds</source>
        <translation>Träge Schranken</translation>
    </message>
    <message>
        <source>skip exact solves when closed-form bounds already decide the argmax (same result)</source>
        <translation>exakte Lösungen überspringen, wenn geschlossene Schranken das Argmax bereits entscheiden (gleiches Ergebnis)</translation>
    </message>
    <message>
        <source>Thompson sampling (Beta)</source>
        <translation>Thompson-Sampling (Beta)</translation>
    </message>
    <message>
        <source>theta_k ~ Beta(1 + S_k, 1 + F_k); rewards outside {0, 1} are binarised</source>
        <translation>theta_k ~ Beta(1 + S_k, 1 + F_k); Belohnungen außerhalb von {0, 1} werden binarisiert</translation>
    </message>
    <message>
        <source>Thompson (Beta)</source>
        <translation>Thompson (Beta)</translation>
    </message>
    <message>
        <source>Softmax (Boltzmann)</source>
        <translation>Softmax (Boltzmann)</translation>
    </message>
    <message>
        <source>P(k) ∝ exp(mean_k / τ)</source>
        <translation>P(k) ∝ exp(mean_k / τ)</translation>
    </message>
    <message>
        <source>τ</source>
        <translation>τ</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Explore-then-commit</source>
        <translation>Erkunden, dann festlegen</translation>
    </message>
    <message>
        <source>pulls every arm m times (round robin), then commits to the best empirical mean</source>
        <translation>zieht jeden Arm m-mal (reihum) und legt sich dann auf den besten empirischen Mittelwert fest</translation>
    </message>
    <message>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <source>exploration pulls per arm</source>
        <translation>Erkundungsziehungen pro Arm</translation>
    </message>
    <message>
        <source>UCB-V</source>
        <translation>UCB-V</translation>
    </message>
    <message>
        <source>mean_k + sqrt(2 V_k ζ ln t / N_k) + 3 b ζ ln t / N_k, V_k the empirical variance</source>
        <translation>mean_k + sqrt(2 V_k ζ ln t / N_k) + 3 b ζ ln t / N_k, V_k die empirische Varianz</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>reward range</source>
        <translation>Wertebereich der Belohnung</translation>
    </message>
    <message>
        <source>ζ</source>
        <translation>ζ</translation>
    </message>
    <message>
        <source>exploration factor</source>
        <translation>Erkundungsfaktor</translation>
    </message>
    <message>
        <source>MOSS</source>
        <translation>MOSS</translation>
    </message>
    <message>
        <source>mean_k + sqrt(max(0, ln(T / (K N_k))) / N_k), T the horizon</source>
        <translation>mean_k + sqrt(max(0, ln(T / (K N_k))) / N_k), T der Horizont</translation>
    </message>
    <message>
        <source>Thompson sampling (Gaussian)</source>
        <translation>Thompson-Sampling (Gauß)</translation>
    </message>
    <message>
        <source>theta_k ~ N(mean_k, sigma^2 / N_k) (known variance, flat prior)</source>
        <translation>theta_k ~ N(mean_k, sigma^2 / N_k) (bekannte Varianz, flacher Prior)</translation>
    </message>
    <message>
        <source>σ</source>
        <translation>σ</translation>
    </message>
    <message>
        <source>assumed reward standard deviation</source>
        <translation>angenommene Standardabweichung der Belohnung</translation>
    </message>
    <message>
        <source>VarTS (normal–gamma)</source>
        <translation>VarTS (Normal-Gamma)</translation>
    </message>
    <message>
        <source>lambda ~ Gamma(a_n, rate b_n), theta ~ N(mu_n, 1 / (k_n lambda)) per arm</source>
        <translation>lambda ~ Gamma(a_n, Rate b_n), theta ~ N(mu_n, 1 / (k_n lambda)) pro Arm</translation>
    </message>
    <message>
        <source>κ0</source>
        <translation>κ0</translation>
    </message>
    <message>
        <source>prior pseudo-count of the mean</source>
        <translation>Pseudo-Anzahl des Priors für den Mittelwert</translation>
    </message>
    <message>
        <source>α0</source>
        <translation>α0</translation>
    </message>
    <message>
        <source>prior gamma shape</source>
        <translation>Formparameter des Gamma-Priors</translation>
    </message>
    <message>
        <source>β0</source>
        <translation>β0</translation>
    </message>
    <message>
        <source>prior gamma rate</source>
        <translation>Rate des Gamma-Priors</translation>
    </message>
    <message>
        <source>μ0</source>
        <translation>μ0</translation>
    </message>
    <message>
        <source>prior mean</source>
        <translation>Prior-Mittelwert</translation>
    </message>
    <message>
        <source>VarTS</source>
        <translation>VarTS</translation>
    </message>
    <message>
        <source>EXP3</source>
        <translation>EXP3</translation>
    </message>
    <message>
        <source>p_k = (1 - γ) w_k / Σw + γ/K, w_k *= exp(γ x / (p_k K)); default γ = min(1, sqrt(K ln K / ((e-1) T)))</source>
        <translation>p_k = (1 - γ) w_k / Σw + γ/K, w_k *= exp(γ x / (p_k K)); Standard γ = min(1, sqrt(K ln K / ((e-1) T)))</translation>
    </message>
    <message>
        <source>γ</source>
        <translation>γ</translation>
    </message>
    <message>
        <source>exploration rate (default from the horizon)</source>
        <translation>Erkundungsrate (Standard aus dem Horizont)</translation>
    </message>
    <message>
        <source>Sliding-window UCB</source>
        <translation>UCB mit gleitendem Fenster</translation>
    </message>
    <message>
        <source>window mean_k + sqrt(alpha ln min(t, τ) / N_k) over the last τ rounds</source>
        <translation>Fenster-mean_k + sqrt(alpha ln min(t, τ) / N_k) über die letzten τ Runden</translation>
    </message>
    <message>
        <source>window length</source>
        <translation>Fensterlänge</translation>
    </message>
    <message>
        <source>α</source>
        <translation>α</translation>
    </message>
    <message>
        <source>Discounted UCB</source>
        <translation>Diskontierter UCB</translation>
    </message>
    <message>
        <source>X_k / N_k + sqrt(alpha ln n / (2 N_k)), counts and sums discounted by γ each round</source>
        <translation>X_k / N_k + sqrt(alpha ln n / (2 N_k)), Zählungen und Summen werden jede Runde mit γ diskontiert</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>Diskontfaktor</translation>
    </message>
    <message>
        <source>Discounted Thompson</source>
        <translation>Diskontiertes Thompson-Sampling</translation>
    </message>
    <message>
        <source>Beta(1 + S_k, 1 + F_k) with S, F discounted by γ each round</source>
        <translation>Beta(1 + S_k, 1 + F_k), wobei S und F jede Runde mit γ diskontiert werden</translation>
    </message>
    <message>
        <source>Bayes-UCB</source>
        <translation>Bayes-UCB</translation>
    </message>
    <message>
        <source>quantile 1 - 1/(t (ln T)^c) of Beta(1 + S_k, 1 + F_k); rewards outside {0, 1} are binarised</source>
        <translation>Quantil 1 - 1/(t (ln T)^c) von Beta(1 + S_k, 1 + F_k); Belohnungen außerhalb von {0, 1} werden binarisiert</translation>
    </message>
    <message>
        <source>exponent of ln T</source>
        <translation>Exponent von ln T</translation>
    </message>
    <message>
        <source>skip exact quantiles when binomial tail bounds already decide the argmax (same result)</source>
        <translation>exakte Quantile überspringen, wenn Schranken der Binomialverteilung das Argmax bereits entscheiden (gleiches Ergebnis)</translation>
    </message>
    <message>
        <source>%1 pulls every arm once first: round %2 goes to arm %3.</source>
        <translation>%1 zieht zuerst jeden Arm einmal: Runde %2 geht an Arm %3.</translation>
    </message>
    <message>
        <source>%1 is exploring round robin (%2 pulls per arm before it commits): arm %3.</source>
        <translation>%1 erkundet reihum (%2 Ziehungen pro Arm, bevor es sich festlegt): Arm %3.</translation>
    </message>
    <message>
        <source>%1 committed to arm %2, the best empirical mean (%3) after exploring.</source>
        <translation>%1 hat sich nach dem Erkunden auf Arm %2 festgelegt, den besten empirischen Mittelwert (%3).</translation>
    </message>
    <message>
        <source>%1 picked arm %2 uniformly at random.</source>
        <translation>%1 hat Arm %2 gleichverteilt zufällig gewählt.</translation>
    </message>
    <message>
        <source>%1 chose arm %2: its index %3 (mean %4 + bonus %5) was the highest.</source>
        <translation>%1 hat Arm %2 gewählt: sein Index %3 (Mittelwert %4 + Bonus %5) war der höchste.</translation>
    </message>
    <message>
        <source>%1 chose arm %2: its index %3 (mean %4 + bonus %5) tied for the highest; a random draw broke the tie.</source>
        <translation>%1 hat Arm %2 gewählt: sein Index %3 (Mittelwert %4 + Bonus %5) war gleichauf mit dem höchsten; ein Zufallszug hat entschieden.</translation>
    </message>
    <message>
        <source>%1 chose arm %2: its posterior sample %3 was the highest.</source>
        <translation>%1 hat Arm %2 gewählt: seine Stichprobe aus der A-posteriori-Verteilung, %3, war die höchste.</translation>
    </message>
    <message>
        <source>%1 chose arm %2: its posterior sample %3 tied for the highest; a random draw broke the tie.</source>
        <translation>%1 hat Arm %2 gewählt: seine Stichprobe aus der A-posteriori-Verteilung, %3, war gleichauf mit der höchsten; ein Zufallszug hat entschieden.</translation>
    </message>
    <message>
        <source>%1 explored: a uniform draw (probability ε = %2) picked arm %3.</source>
        <translation>%1 hat erkundet: ein gleichverteilter Zug (Wahrscheinlichkeit ε = %2) hat Arm %3 gewählt.</translation>
    </message>
    <message>
        <source>%1 exploited (probability 1 − ε = %2): arm %3 has the highest empirical mean, %4.</source>
        <translation>%1 hat ausgenutzt (Wahrscheinlichkeit 1 − ε = %2): Arm %3 hat den höchsten empirischen Mittelwert, %4.</translation>
    </message>
    <message>
        <source>%1 exploited (probability 1 − ε = %2): arm %3 ties for the highest empirical mean, %4; a random draw broke the tie.</source>
        <translation>%1 hat ausgenutzt (Wahrscheinlichkeit 1 − ε = %2): Arm %3 ist gleichauf beim höchsten empirischen Mittelwert, %4; ein Zufallszug hat entschieden.</translation>
    </message>
    <message>
        <source>%1 drew arm %2 at random; its probability was %3.</source>
        <translation>%1 hat Arm %2 zufällig gezogen; seine Wahrscheinlichkeit war %3.</translation>
    </message>
    <message>
        <source>%1 chose arm %2.</source>
        <translation>%1 hat Arm %2 gewählt.</translation>
    </message>
    <message>
        <source>Step mode plays stochastic arms: an adversarial environment has no true means to show, drag or count regret against. Choose a Bernoulli, Gaussian or piecewise environment.</source>
        <translation>Der Schrittmodus spielt stochastische Arme: Eine adversariale Umgebung hat keine wahren Mittelwerte, die sich zeigen, verschieben oder als Maßstab für den Regret nehmen ließen. Wählen Sie eine Bernoulli-, Gauß- oder stückweise stationäre Umgebung.</translation>
    </message>
    <message>
        <source>there is no policy at position %1</source>
        <translation>an Position %1 gibt es keine Strategie</translation>
    </message>
    <message>
        <source>arm %1 is not an arm of this environment</source>
        <translation>Arm %1 gehört nicht zu dieser Umgebung</translation>
    </message>
    <message>
        <source>a true mean must be a finite number</source>
        <translation>ein wahrer Mittelwert muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>experiment family</source>
        <translation>Experimentfamilie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>name of the experiment</source>
        <translation>Name des Experiments</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>one-line description</source>
        <translation>einzeilige Beschreibung</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>master seed, any integer in [0, 2^64 - 1]: same config and seed give bit-identical results</source>
        <translation>Haupt-Seed, eine beliebige ganze Zahl in [0, 2^64 - 1]: dieselbe Konfiguration und derselbe Seed ergeben bitgleiche Ergebnisse</translation>
    </message>
    <message>
        <source>expected an integer, got %1</source>
        <translation>ganze Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an integer in [%1, %2], got %3</source>
        <translation>ganze Zahl in [%1, %2] erwartet, erhalten: %3</translation>
    </message>
    <message>
        <source>expected an integer, got a number %1</source>
        <translation>ganze Zahl erwartet, erhalten: die Zahl %1</translation>
    </message>
    <message>
        <source>%1 is not exact as an integer: above 2^53 = 9007199254740992, write the integer with digits only (no fraction or exponent)</source>
        <translation>%1 ist als ganze Zahl nicht exakt: oberhalb von 2^53 = 9007199254740992 die ganze Zahl nur mit Ziffern schreiben (ohne Nachkommastellen oder Exponent)</translation>
    </message>
    <message>
        <source>%1 is outside %2</source>
        <translation>%1 liegt außerhalb von %2</translation>
    </message>
    <message>
        <source>%1 must be %2</source>
        <translation>%1 muss %2 sein</translation>
    </message>
    <message>
        <source>expected a number, got %1</source>
        <translation>Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected a finite number, got %1</source>
        <translation>endliche Zahl erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected at least %1 item, got %2</source>
        <translation>mindestens %1 Eintrag erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>expected at least %1 items, got %2</source>
        <translation>mindestens %1 Einträge erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>expected at most %1 items, got %2</source>
        <translation>höchstens %1 Einträge erwartet, erhalten: %2</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>unbekannter Schlüssel (erwartet einer von: %1)</translation>
    </message>
    <message>
        <source>is only used when %1 is &quot;%2&quot;</source>
        <translation>wird nur verwendet, wenn %1 &quot;%2&quot; ist</translation>
    </message>
    <message>
        <source>is required (%1)</source>
        <translation>ist erforderlich (%1)</translation>
    </message>
    <message>
        <source>is required when %1 is &quot;%2&quot;</source>
        <translation>ist erforderlich, wenn %1 &quot;%2&quot; ist</translation>
    </message>
    <message>
        <source>has %1 items but &apos;%2&apos; has %3</source>
        <translation>hat %1 Einträge, aber &apos;%2&apos; hat %3</translation>
    </message>
    <message>
        <source>is required (one of: %1)</source>
        <translation>ist erforderlich (einer von: %1)</translation>
    </message>
    <message>
        <source>expected a string, got %1</source>
        <translation>Zeichenkette erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>%1 is not one of: %2</source>
        <translation>%1 ist keiner von: %2</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>true oder false erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>invalid UTF-8 at byte %1</source>
        <translation>ungültiges UTF-8 bei Byte %1</translation>
    </message>
    <message>
        <source>expected an array of numbers, got %1</source>
        <translation>Array von Zahlen erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>expected an array of arrays of numbers, got %1</source>
        <translation>Array von Arrays von Zahlen erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>has %1 items; at most %2 are allowed</source>
        <translation>hat %1 Einträge; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>has %1 item; at least %2 are needed</source>
        <translation>hat %1 Eintrag; mindestens %2 sind nötig</translation>
    </message>
    <message>
        <source>has %1 items; at least %2 are needed</source>
        <translation>hat %1 Einträge; mindestens %2 sind nötig</translation>
    </message>
    <message>
        <source>has %1 items but row 0 has %2</source>
        <translation>hat %1 Einträge, aber Zeile 0 hat %2</translation>
    </message>
    <message>
        <source>expected an array of objects, got %1</source>
        <translation>Array von Objekten erwartet, erhalten: %1</translation>
    </message>
    <message>
        <source>... and %1 more problems</source>
        <translation>... und %1 weitere Probleme</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an unsupported value</source>
        <translation>ein nicht unterstützter Wert</translation>
    </message>
    <message>
        <source>any number</source>
        <translation>eine beliebige Zahl</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: gold peak (gain vs π0)</source>
        <translation>%1: Gold-Maximum (Gewinn gegenüber π0)</translation>
    </message>
    <message>
        <source>%1: √KL at the gold peak</source>
        <translation>%1: √KL am Gold-Maximum</translation>
    </message>
    <message>
        <source>%1: gold at the end</source>
        <translation>%1: Gold am Ende</translation>
    </message>
    <message>
        <source>%1: gold drop after the peak</source>
        <translation>%1: Gold-Abfall nach dem Maximum</translation>
    </message>
    <message>
        <source>%1: drop / peak gain †</source>
        <translation>%1: Abfall / Gewinn am Maximum †</translation>
    </message>
    <message>
        <source>%1: proxy at the end</source>
        <translation>%1: Proxy am Ende</translation>
    </message>
    <message>
        <source>%1: largest √KL</source>
        <translation>%1: größtes √KL</translation>
    </message>
    <message>
        <source>%1: fit α of %2 †</source>
        <translation>%1: angepasstes α von %2 †</translation>
    </message>
    <message>
        <source>%1: fit β of %2 †</source>
        <translation>%1: angepasstes β von %2 †</translation>
    </message>
    <message>
        <source>%1: fit R²</source>
        <translation>%1: R² der Anpassung</translation>
    </message>
    <message>
        <source>%1: fitted peak d*</source>
        <translation>%1: angepasstes Maximum d*</translation>
    </message>
    <message>
        <source>%1: fitted peak R*</source>
        <translation>%1: angepasstes Maximum R*</translation>
    </message>
    <message>
        <source>least-squares fit of Gao et al.&apos;s %1 to this world&apos;s gold curve (d &gt; 0); Gao&apos;s own α, β values exist only as plotted points and are not verified (reference rlhf.md §12)</source>
        <translation>Kleinste-Quadrate-Anpassung der Form %1 von Gao et al. an die Gold-Kurve dieser Welt (d &gt; 0); Gaos eigene Werte für α und β gibt es nur als Punkte in Abbildungen, sie sind nicht geprüft (Referenz rlhf.md §12)</translation>
    </message>
    <message>
        <source>%1 fit %2</source>
        <translation>%1 Anpassung %2</translation>
    </message>
    <message>
        <source>early stop (step %1)</source>
        <translation>früher Abbruch (Schritt %1)</translation>
    </message>
    <message>
        <source>%1 world of %2 prompts × %3 candidates; every curve exact over the candidates</source>
        <translation>%1 Welt mit %2 Prompts × %3 Kandidaten; jede Kurve exakt über die Kandidaten</translation>
    </message>
    <message>
        <source>%1 worlds of %2 prompts × %3 candidates; every curve exact over the candidates</source>
        <translation>%1 Welten mit %2 Prompts × %3 Kandidaten; jede Kurve exakt über die Kandidaten</translation>
    </message>
    <message>
        <source>best-of-n up to n = %1 over %2 candidates per prompt: past n ≈ K/50 best-of-n collapses onto each prompt&apos;s top candidate and the curve&apos;s tail is an artefact of the finite set (reference rlhf.md §9)</source>
        <translation>Best-of-n bis n = %1 über %2 Kandidaten pro Prompt: jenseits von n ≈ K/50 fällt Best-of-n auf den besten Kandidaten jedes Prompts zusammen, und das Ende der Kurve ist ein Artefakt der endlichen Menge (Referenz rlhf.md §9)</translation>
    </message>
    <message>
        <source>worlds × prompts × candidates × (features + 6 + 4 per pipeline) doubles = %1 × %2 × %3 × %4</source>
        <translation>Welten × Prompts × Kandidaten × (Merkmale + 6 + 4 pro Pipeline) Gleitkommazahlen = %1 × %2 × %3 × %4</translation>
    </message>
    <message>
        <source>worlds × pipelines × steps × prompts × candidates = %1 × %2 × %3 × %4 × %5 at 2–10 ns, and metrics at the checkpoints</source>
        <translation>Welten × Pipelines × Schritte × Prompts × Kandidaten = %1 × %2 × %3 × %4 × %5 zu je 2–10 ns, dazu Metriken an den Messpunkten</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>RLHF</source>
        <translation>RLHF</translation>
    </message>
    <message>
        <source>the largest mean gold gain along the curve</source>
        <translation>der größte mittlere Gold-Gewinn entlang der Kurve</translation>
    </message>
    <message>
        <source>a normalised drop height in this workbench&apos;s definition (drop / (peak − start)); Karwowski et al.&apos;s exact NDH normalisation is not verified (reference rlhf.md §12)</source>
        <translation>eine normierte Abfallhöhe nach der Definition dieser Werkbank (Abfall / (Maximum − Anfang)); die genaue NDH-Normierung von Karwowski et al. ist nicht geprüft (Referenz rlhf.md §12)</translation>
    </message>
    <message>
        <source>α / (2β); none when β ≤ 0</source>
        <translation>α / (2β); keines, wenn β ≤ 0</translation>
    </message>
    <message>
        <source>exp(α/β − 1); none when β ≤ 0</source>
        <translation>exp(α/β − 1); keines, wenn β ≤ 0</translation>
    </message>
    <message>
        <source>Gold reward gain</source>
        <translation>Gewinn an Gold-Belohnung</translation>
    </message>
    <message>
        <source>σ_gold</source>
        <translation>σ_gold</translation>
    </message>
    <message>
        <source>Proxy reward gain</source>
        <translation>Gewinn an Proxy-Belohnung</translation>
    </message>
    <message>
        <source>σ_proxy</source>
        <translation>σ_proxy</translation>
    </message>
    <message>
        <source>Reward drift (proxy − gold)</source>
        <translation>Belohnungsdrift (Proxy − Gold)</translation>
    </message>
    <message>
        <source>KL(π ‖ π0)</source>
        <translation>KL(π ‖ π0)</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>nat</translation>
    </message>
    <message>
        <source>Gold win rate vs π0</source>
        <translation>Gold-Gewinnrate gegenüber π0</translation>
    </message>
    <message>
        <source>Proxy–gold correlation under π</source>
        <translation>Proxy-Gold-Korrelation unter π</translation>
    </message>
    <message>
        <source>Ensemble variance under π</source>
        <translation>Ensemble-Varianz unter π</translation>
    </message>
    <message>
        <source>σ_proxy²</source>
        <translation>σ_proxy²</translation>
    </message>
    <message>
        <source>Held-out preference accuracy</source>
        <translation>Präferenzgenauigkeit auf zurückgehaltenen Paaren</translation>
    </message>
    <message>
        <source>Best-of-n KL</source>
        <translation>Best-of-n-KL</translation>
    </message>
    <message>
        <source>Best-of-n gold gain</source>
        <translation>Best-of-n-Gold-Gewinn</translation>
    </message>
    <message>
        <source>Best-of-n proxy gain</source>
        <translation>Best-of-n-Proxy-Gewinn</translation>
    </message>
    <message>
        <source>Best-of-n ensemble variance</source>
        <translation>Best-of-n-Ensemble-Varianz</translation>
    </message>
    <message>
        <source>KL-regularised KL</source>
        <translation>KL-regularisiert: KL</translation>
    </message>
    <message>
        <source>KL-regularised gold gain</source>
        <translation>KL-regularisiert: Gold-Gewinn</translation>
    </message>
    <message>
        <source>KL-regularised proxy gain</source>
        <translation>KL-regularisiert: Proxy-Gewinn</translation>
    </message>
    <message>
        <source>KL-regularised ensemble variance</source>
        <translation>KL-regularisiert: Ensemble-Varianz</translation>
    </message>
    <message>
        <source>Reward-model held-out accuracy (labels, gold order)</source>
        <translation>Genauigkeit des Belohnungsmodells auf zurückgehaltenen Paaren (Labels, Gold-Reihenfolge)</translation>
    </message>
    <message>
        <source>Gold reward vs √KL</source>
        <translation>Gold-Belohnung über √KL</translation>
    </message>
    <message>
        <source>d = √KL(π ‖ π0) (nats^½)</source>
        <translation>d = √KL(π ‖ π0) (nat^½)</translation>
    </message>
    <message>
        <source>gold gain vs π0 (σ_gold)</source>
        <translation>Gold-Gewinn gegenüber π0 (σ_gold)</translation>
    </message>
    <message>
        <source>circles: best-of-n; squares: the KL-regularised optimum π ∝ π0·exp(r/β); triangles: training; lines: Gao et al.&apos;s forms fitted to each (best-of-n d(α − βd), RL d(α − β ln d)); bands: 95% CI over worlds; every point is exact over the candidates</source>
        <translation>Kreise: Best-of-n; Quadrate: das KL-regularisierte Optimum π ∝ π0·exp(r/β); Dreiecke: Training; Linien: die Formen von Gao et al., an jedes angepasst (Best-of-n d(α − βd), RL d(α − β ln d)); Bänder: 95-%-KI über die Welten; jeder Punkt ist exakt über die Kandidaten</translation>
    </message>
    <message>
        <source>Proxy reward vs √KL</source>
        <translation>Proxy-Belohnung über √KL</translation>
    </message>
    <message>
        <source>proxy gain vs π0 (σ_proxy)</source>
        <translation>Proxy-Gewinn gegenüber π0 (σ_proxy)</translation>
    </message>
    <message>
        <source>what the optimiser sees: the proxy keeps rising where the gold falls</source>
        <translation>was der Optimierer sieht: der Proxy steigt weiter, wo das Gold fällt</translation>
    </message>
    <message>
        <source>Ensemble spread vs √KL</source>
        <translation>Ensemble-Streuung über √KL</translation>
    </message>
    <message>
        <source>E_π[population variance of members] (σ_proxy²)</source>
        <translation>E_π[Populationsvarianz der Mitglieder] (σ_proxy²)</translation>
    </message>
    <message>
        <source>the reward-model ensemble&apos;s disagreement where the policy goes (0 for a single model)</source>
        <translation>die Uneinigkeit des Belohnungsmodell-Ensembles dort, wohin die Strategie geht (0 bei einem einzelnen Modell)</translation>
    </message>
    <message>
        <source>Best-of-n KL (exact)</source>
        <translation>Best-of-n-KL (exakt)</translation>
    </message>
    <message>
        <source>KL(π_bon ‖ π0) (nats)</source>
        <translation>KL(π_bon ‖ π0) (nat)</translation>
    </message>
    <message>
        <source>exact KL of best-of-n over the candidates (order statistics, ties grouped) against the continuous formula ln n − (n − 1)/n, an upper bound (Beirami et al. 2024)</source>
        <translation>exaktes KL von Best-of-n über die Kandidaten (Ordnungsstatistiken, Gleichstände zusammengefasst) im Vergleich zur stetigen Formel ln n − (n − 1)/n, einer oberen Schranke (Beirami et al. 2024)</translation>
    </message>
    <message>
        <source>RLHF world</source>
        <translation>RLHF-Welt</translation>
    </message>
    <message>
        <source>steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>worlds × pipelines × curve points × prompts × candidates at about 4 ns, and the reward models&apos; fits</source>
        <translation>Welten × Pipelines × Kurvenpunkte × Prompts × Kandidaten zu je etwa 4 ns, dazu die Anpassung der Belohnungsmodelle</translation>
    </message>
    <message>
        <source>Best-of-n</source>
        <translation>Best-of-n</translation>
    </message>
    <message>
        <source>KL-regularised</source>
        <translation>KL-regularisiert</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Best-of-n (gold)</source>
        <translation>Best-of-n (Gold)</translation>
    </message>
    <message>
        <source>Best-of-n (proxy)</source>
        <translation>Best-of-n (Proxy)</translation>
    </message>
    <message>
        <source>Exact KL</source>
        <translation>Exaktes KL</translation>
    </message>
    <message>
        <source>ln n − (n − 1)/n</source>
        <translation>ln n − (n − 1)/n</translation>
    </message>
    <message>
        <source>Best-of-n: largest n</source>
        <translation>Best-of-n: größtes n</translation>
    </message>
    <message>
        <source>Best-of-n: exact KL at the largest n</source>
        <translation>Best-of-n: exaktes KL beim größten n</translation>
    </message>
    <message>
        <source>computed from the exact best-of-n distribution over the candidates</source>
        <translation>berechnet aus der exakten Best-of-n-Verteilung über die Kandidaten</translation>
    </message>
    <message>
        <source>Best-of-n: ln n − (n − 1)/n at the largest n</source>
        <translation>Best-of-n: ln n − (n − 1)/n beim größten n</translation>
    </message>
    <message>
        <source>the continuous formula, an upper bound with finitely many candidates</source>
        <translation>die stetige Formel, bei endlich vielen Kandidaten eine obere Schranke</translation>
    </message>
    <message>
        <source>KL-regularised optimum (gold)</source>
        <translation>KL-regularisiertes Optimum (Gold)</translation>
    </message>
    <message>
        <source>KL-regularised optimum (proxy)</source>
        <translation>KL-regularisiertes Optimum (Proxy)</translation>
    </message>
    <message>
        <source>Training (gold)</source>
        <translation>Training (Gold)</translation>
    </message>
    <message>
        <source>Training (proxy)</source>
        <translation>Training (Proxy)</translation>
    </message>
    <message>
        <source>Training: step of the gold peak (early stop)</source>
        <translation>Training: Schritt des Gold-Maximums (früher Abbruch)</translation>
    </message>
    <message>
        <source>where the mean gold curve turns; stopping here keeps the most gold (an oracle rule: it reads the gold, which a practitioner cannot)</source>
        <translation>wo die mittlere Gold-Kurve umkehrt; ein Abbruch hier bewahrt am meisten Gold (eine Orakel-Regel: sie liest das Gold, was in der Praxis nicht möglich ist)</translation>
    </message>
    <message>
        <source>Training: reward drift at the end (proxy − gold)</source>
        <translation>Training: Belohnungsdrift am Ende (Proxy − Gold)</translation>
    </message>
    <message>
        <source>Reward model: held-out accuracy (labels)</source>
        <translation>Belohnungsmodell: Genauigkeit auf zurückgehaltenen Paaren (Labels)</translation>
    </message>
    <message>
        <source>share of held-out pairs from π0 the proxy orders as their (noisy) labels</source>
        <translation>Anteil der zurückgehaltenen Paare aus π0, die der Proxy wie ihre (verrauschten) Labels ordnet</translation>
    </message>
    <message>
        <source>Reward model: held-out accuracy (gold order)</source>
        <translation>Belohnungsmodell: Genauigkeit auf zurückgehaltenen Paaren (Gold-Reihenfolge)</translation>
    </message>
    <message>
        <source>the same pairs against the noise-free gold order</source>
        <translation>dieselben Paare, gemessen an der rauschfreien Gold-Reihenfolge</translation>
    </message>
    <message>
        <source>† not verified in the literature (reference rlhf.md §12): the normalisation of the drop height (Karwowski et al.&apos;s NDH) and Gao et al.&apos;s coefficients per reward-model size, which exist only as plotted points; the fits shown are this world&apos;s own</source>
        <translation>† in der Literatur nicht geprüft (Referenz rlhf.md §12): die Normierung der Abfallhöhe (NDH nach Karwowski et al.) und die Koeffizienten von Gao et al. je Größe des Belohnungsmodells, die es nur als Punkte in Abbildungen gibt; die gezeigten Anpassungen sind die dieser Welt</translation>
    </message>
    <message>
        <source>the soft-min aggregator is taken from an abstract (Hahami et al.); its use here is not verified against the paper (reference rlhf.md §12)</source>
        <translation>der Soft-min-Aggregator stammt aus einer Kurzfassung (Hahami et al.); seine Verwendung hier ist nicht am Artikel geprüft (Referenz rlhf.md §12)</translation>
    </message>
    <message>
        <source>DPO has no reward model: its proxy is the implicit reward ln(π/π0), standardised under π0</source>
        <translation>DPO hat kein Belohnungsmodell: sein Proxy ist die implizite Belohnung ln(π/π0), unter π0 standardisiert</translation>
    </message>
    <message>
        <source>has %1 entries for %2 feature columns</source>
        <translation>hat %1 Einträge für %2 Merkmalsspalten</translation>
    </message>
    <message>
        <source>%1 is not below tilt.betaMax (%2)</source>
        <translation>%1 liegt nicht unter tilt.betaMax (%2)</translation>
    </message>
    <message>
        <source>has %1 entries for %2 features</source>
        <translation>hat %1 Einträge für %2 Merkmale</translation>
    </message>
    <message>
        <source>%1 is not a feature index (0 to %2)</source>
        <translation>%1 ist kein Merkmalsindex (0 bis %2)</translation>
    </message>
    <message>
        <source>%1 is not a feature column (0 to %2)</source>
        <translation>%1 ist keine Merkmalsspalte (0 bis %2)</translation>
    </message>
    <message>
        <source>%1 is not a feature column (0 to %2, the last being length)</source>
        <translation>%1 ist keine Merkmalsspalte (0 bis %2, die letzte ist die Länge)</translation>
    </message>
    <message>
        <source>Comparisons</source>
        <translation>Vergleiche</translation>
    </message>
    <message>
        <source>labelled comparison pairs drawn from π0 for the reward model</source>
        <translation>gelabelte Vergleichspaare aus π0 für das Belohnungsmodell</translation>
    </message>
    <message>
        <source>Label temperature</source>
        <translation>Label-Temperatur</translation>
    </message>
    <message>
        <source>Bradley–Terry labels P(a ≻ b) = σ((g_a − g_b) / T) from the gold g; 0: the higher gold always wins</source>
        <translation>Bradley-Terry-Labels P(a ≻ b) = σ((g_a − g_b) / T) aus dem Gold g; 0: das höhere Gold gewinnt immer</translation>
    </message>
    <message>
        <source>Label flips</source>
        <translation>Label-Vertauschungen</translation>
    </message>
    <message>
        <source>share of labels flipped at random (annotator noise)</source>
        <translation>Anteil zufällig vertauschter Labels (Rauschen der Annotatoren)</translation>
    </message>
    <message>
        <source>Relabel every</source>
        <translation>Neulabeln alle</translation>
    </message>
    <message>
        <source>online RLHF: every this many training steps, new pairs are drawn from the current policy, labelled by the current gold and added, and the reward model is refitted; 0: offline</source>
        <translation>Online-RLHF: alle so viele Trainingsschritte werden neue Paare aus der aktuellen Strategie gezogen, mit dem aktuellen Gold gelabelt und hinzugefügt, und das Belohnungsmodell wird neu angepasst; 0: offline</translation>
    </message>
    <message>
        <source>Pairs per relabel</source>
        <translation>Paare je Neulabeln</translation>
    </message>
    <message>
        <source>pairs added at each relabelling</source>
        <translation>bei jedem Neu-Labeln hinzugefügte Paare</translation>
    </message>
    <message>
        <source>Pairs kept</source>
        <translation>Behaltene Paare</translation>
    </message>
    <message>
        <source>the reward model is refitted on the most recent this many pairs (forgets preferences that have drifted away); 0: all pairs</source>
        <translation>das Belohnungsmodell wird auf den neuesten so vielen Paaren neu angepasst (vergisst abgedriftete Präferenzen); 0: alle Paare</translation>
    </message>
    <message>
        <source>RLHF (reward model + policy optimisation)</source>
        <translation>RLHF (Belohnungsmodell + Strategieoptimierung)</translation>
    </message>
    <message>
        <source>a Bradley–Terry reward model (or ensemble) is fitted on the labelled pairs; best-of-n and the KL-regularised optimum are computed exactly against it, and a policy is trained on it step by step</source>
        <translation>ein Bradley-Terry-Belohnungsmodell (oder Ensemble) wird an die gelabelten Paare angepasst; Best-of-n und das KL-regularisierte Optimum werden exakt dagegen berechnet, und eine Strategie wird Schritt für Schritt darauf trainiert</translation>
    </message>
    <message>
        <source>Reward model</source>
        <translation>Belohnungsmodell</translation>
    </message>
    <message>
        <source>the proxy reward model</source>
        <translation>das Proxy-Belohnungsmodell</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>linear: r = w·x on the visible features; quadratic: also their squares and pairwise products (more capacity: it can learn the gold&apos;s curvature, or overfit noise)</source>
        <translation>linear: r = w·x auf den sichtbaren Merkmalen; quadratic: zusätzlich ihre Quadrate und paarweisen Produkte (mehr Kapazität: es kann die Krümmung des Golds lernen oder Rauschen überanpassen)</translation>
    </message>
    <message>
        <source>L2</source>
        <translation>L2</translation>
    </message>
    <message>
        <source>ridge penalty λ/2 |w|² of the logistic regression</source>
        <translation>Ridge-Strafterm λ/2 |w|² der logistischen Regression</translation>
    </message>
    <message>
        <source>Ensemble members</source>
        <translation>Ensemble-Mitglieder</translation>
    </message>
    <message>
        <source>reward models aggregated into one proxy</source>
        <translation>zu einem Proxy zusammengefasste Belohnungsmodelle</translation>
    </message>
    <message>
        <source>Bootstrap members</source>
        <translation>Bootstrap-Mitglieder</translation>
    </message>
    <message>
        <source>each member fits its own bootstrap resample of the pairs</source>
        <translation>jedes Mitglied wird an seine eigene Bootstrap-Stichprobe der Paare angepasst</translation>
    </message>
    <message>
        <source>Random prior σ</source>
        <translation>Zufälliger Prior σ</translation>
    </message>
    <message>
        <source>each member&apos;s L2 pulls towards its own random prior mean ~ N(0, σ²) (Osband et al.&apos;s randomised priors): the seed-to-seed variability a convex model otherwise lacks, large where the pairs say little; 0: plain L2 towards 0</source>
        <translation>die L2-Strafe jedes Mitglieds zieht zu seinem eigenen zufälligen Prior-Mittelwert ~ N(0, σ²) (randomisierte Priors nach Osband et al.): die Streuung von Seed zu Seed, die einem konvexen Modell sonst fehlt, groß, wo die Paare wenig aussagen; 0: gewöhnliche L2-Strafe Richtung 0</translation>
    </message>
    <message>
        <source>Aggregator</source>
        <translation>Aggregator</translation>
    </message>
    <message>
        <source>mean; worst-case min_i R_i; uncertainty-weighted mean − λ·(population variance); soft-min −b ln mean exp(−R_i/b)</source>
        <translation>mean; worst-case min_i R_i; uncertainty-weighted Mittelwert − λ·(Populationsvarianz); soft-min −b ln mean exp(−R_i/b)</translation>
    </message>
    <message>
        <source>UWO λ</source>
        <translation>UWO λ</translation>
    </message>
    <message>
        <source>weight of the population variance (Coste et al.: 0.5)</source>
        <translation>Gewicht der Populationsvarianz (Coste et al.: 0.5)</translation>
    </message>
    <message>
        <source>Soft-min b</source>
        <translation>Soft-min b</translation>
    </message>
    <message>
        <source>soft-min temperature: b → 0 worst case, b → ∞ mean</source>
        <translation>Soft-min-Temperatur: b → 0 ungünstigster Fall, b → ∞ Mittelwert</translation>
    </message>
    <message>
        <source>Data smoothing</source>
        <translation>Datenglättung</translation>
    </message>
    <message>
        <source>iterative data smoothing rate (Zhu et al. 2024): y ← (1 − b) y + b σ(r_a − r_b) between refits; 0: off</source>
        <translation>Rate der iterativen Datenglättung (Zhu et al. 2024): y ← (1 − b) y + b σ(r_a − r_b) zwischen Neuanpassungen; 0: aus</translation>
    </message>
    <message>
        <source>Smoothing rounds</source>
        <translation>Glättungsrunden</translation>
    </message>
    <message>
        <source>refits with smoothed labels</source>
        <translation>Neuanpassungen mit geglätteten Labels</translation>
    </message>
    <message>
        <source>policy-gradient training on the logits against the proxy</source>
        <translation>Policy-Gradient-Training auf den Logits gegen den Proxy</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>pg: θ ← θ + η·K·∇θ(E_π[r] − β_KL·KL), exact; npg: θ ← θ + η(r − β_KL·ln π/π0), the natural gradient, whose iterates are the tilt at β = 1/(η t)</source>
        <translation>pg: θ ← θ + η·K·∇θ(E_π[r] − β_KL·KL), exakt; npg: θ ← θ + η(r − β_KL·ln π/π0), der natürliche Gradient, dessen Iterierte die Verkippung bei β = 1/(η t) sind</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>Lernrate η</translation>
    </message>
    <message>
        <source>step size</source>
        <translation>Schrittweite</translation>
    </message>
    <message>
        <source>KL penalty β_KL</source>
        <translation>KL-Strafe β_KL</translation>
    </message>
    <message>
        <source>weight of KL(π‖π0) in the objective</source>
        <translation>Gewicht von KL(π‖π0) in der Zielfunktion</translation>
    </message>
    <message>
        <source>DPO (no reward model)</source>
        <translation>DPO (ohne Belohnungsmodell)</translation>
    </message>
    <message>
        <source>direct preference optimisation on the same labelled pairs: a feature-linear policy π ∝ π0·exp(φ·x) descends the DPO loss −ln σ(β φ·(x_w − x_l))</source>
        <translation>direkte Präferenzoptimierung auf denselben gelabelten Paaren: eine merkmalslineare Strategie π ∝ π0·exp(φ·x) minimiert den DPO-Verlust −ln σ(β φ·(x_w − x_l))</translation>
    </message>
    <message>
        <source>DPO β</source>
        <translation>DPO β</translation>
    </message>
    <message>
        <source>DPO temperature (its optimum is the tilt of the implicit reward at β)</source>
        <translation>DPO-Temperatur (ihr Optimum ist die Verkippung der impliziten Belohnung bei β)</translation>
    </message>
    <message>
        <source>gradient step on the mean DPO loss</source>
        <translation>Gradientenschritt auf dem mittleren DPO-Verlust</translation>
    </message>
    <message>
        <source>must be above 2 for a variance-normalised Student-t</source>
        <translation>muss für eine varianznormierte Student-t-Verteilung größer als 2 sein</translation>
    </message>
    <message>
        <source>the gold reward is zero for every response: give a feature a weight</source>
        <translation>die Gold-Belohnung ist für jede Antwort null: geben Sie einem Merkmal ein Gewicht</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>prompts, each with its own candidate responses</source>
        <translation>Prompts, jeder mit eigenen Antwortkandidaten</translation>
    </message>
    <message>
        <source>Candidates K</source>
        <translation>Kandidaten K</translation>
    </message>
    <message>
        <source>responses per prompt (best-of-n wants K ≫ n)</source>
        <translation>Antworten pro Prompt (Best-of-n braucht K ≫ n)</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>feature dimensions of a response</source>
        <translation>Merkmalsdimensionen einer Antwort</translation>
    </message>
    <message>
        <source>Feature law</source>
        <translation>Merkmalsverteilung</translation>
    </message>
    <message>
        <source>feature distribution (Student-t is variance-normalised)</source>
        <translation>Verteilung der Merkmale (Student-t ist varianznormiert)</translation>
    </message>
    <message>
        <source>Student-t ν</source>
        <translation>Student-t ν</translation>
    </message>
    <message>
        <source>degrees of freedom of Student-t features (heavier tails: smaller)</source>
        <translation>Freiheitsgrade der Student-t-Merkmale (schwerere Ränder: kleiner)</translation>
    </message>
    <message>
        <source>Length feature</source>
        <translation>Längenmerkmal</translation>
    </message>
    <message>
        <source>an extra feature (the last column) correlated with quality in the labelled data</source>
        <translation>ein zusätzliches Merkmal (die letzte Spalte), das in den gelabelten Daten mit der Qualität korreliert</translation>
    </message>
    <message>
        <source>add the length feature</source>
        <translation>das Längenmerkmal hinzufügen</translation>
    </message>
    <message>
        <source>Correlation</source>
        <translation>Korrelation</translation>
    </message>
    <message>
        <source>its correlation with the gold&apos;s linear part under π0</source>
        <translation>seine Korrelation mit dem linearen Teil des Golds unter π0</translation>
    </message>
    <message>
        <source>True effect</source>
        <translation>Wahre Wirkung</translation>
    </message>
    <message>
        <source>its weight in the gold reward</source>
        <translation>sein Gewicht in der Gold-Belohnung</translation>
    </message>
    <message>
        <source>π0 weights b</source>
        <translation>π0-Gewichte b</translation>
    </message>
    <message>
        <source>reference policy π0 = softmax(b·x / τ0) over the candidates; empty or zeros: uniform</source>
        <translation>Referenzstrategie π0 = softmax(b·x / τ0) über die Kandidaten; leer oder Nullen: gleichverteilt</translation>
    </message>
    <message>
        <source>π0 temperature τ0</source>
        <translation>π0-Temperatur τ0</translation>
    </message>
    <message>
        <source>temperature of π0&apos;s softmax</source>
        <translation>Temperatur des Softmax von π0</translation>
    </message>
    <message>
        <source>Gold weights w_g</source>
        <translation>Gold-Gewichte w_g</translation>
    </message>
    <message>
        <source>g(x) = w_g·x − Σ κ_j softplus(x_j − t_j)², standardised under π0 per prompt</source>
        <translation>g(x) = w_g·x − Σ κ_j softplus(x_j − t_j)², je Prompt unter π0 standardisiert</translation>
    </message>
    <message>
        <source>Saturation κ</source>
        <translation>Sättigung κ</translation>
    </message>
    <message>
        <source>strength of each feature&apos;s saturating penalty</source>
        <translation>Stärke der Sättigungsstrafe jedes Merkmals</translation>
    </message>
    <message>
        <source>Thresholds t</source>
        <translation>Schwellen t</translation>
    </message>
    <message>
        <source>where each penalty sets in</source>
        <translation>wo jede Strafe einsetzt</translation>
    </message>
    <message>
        <source>Gold drift</source>
        <translation>Gold-Drift</translation>
    </message>
    <message>
        <source>rotation of w_g per 1000 training steps (changing preferences)</source>
        <translation>Drehung von w_g pro 1000 Trainingsschritte (sich ändernde Präferenzen)</translation>
    </message>
    <message>
        <source>°</source>
        <translation>°</translation>
    </message>
    <message>
        <source>Drift towards</source>
        <translation>Drift in Richtung</translation>
    </message>
    <message>
        <source>the feature axis w_g rotates towards</source>
        <translation>die Merkmalsachse, zu der sich w_g dreht</translation>
    </message>
    <message>
        <source>Worlds</source>
        <translation>Welten</translation>
    </message>
    <message>
        <source>independent worlds (features, labels, reward models); curves are averaged</source>
        <translation>unabhängige Welten (Merkmale, Labels, Belohnungsmodelle); die Kurven werden gemittelt</translation>
    </message>
    <message>
        <source>World</source>
        <translation>Welt</translation>
    </message>
    <message>
        <source>prompts, candidate responses and the reference policy π0</source>
        <translation>Prompts, Antwortkandidaten und die Referenzstrategie π0</translation>
    </message>
    <message>
        <source>Gold reward</source>
        <translation>Gold-Belohnung</translation>
    </message>
    <message>
        <source>the true reward, with a saturating part to overoptimise</source>
        <translation>die wahre Belohnung, mit einem sättigenden Anteil, der sich überoptimieren lässt</translation>
    </message>
    <message>
        <source>Held-out pairs</source>
        <translation>Zurückgehaltene Paare</translation>
    </message>
    <message>
        <source>pairs from π0 labelled like the training pairs, for accuracy</source>
        <translation>Paare aus π0, gelabelt wie die Trainingspaare, für die Genauigkeit</translation>
    </message>
    <message>
        <source>exact best-of-n against the proxy</source>
        <translation>exaktes Best-of-n gegen den Proxy</translation>
    </message>
    <message>
        <source>Largest n</source>
        <translation>Größtes n</translation>
    </message>
    <message>
        <source>n runs over a log grid from 1</source>
        <translation>n durchläuft ein logarithmisches Gitter ab 1</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>points of the n grid</source>
        <translation>Punkte des n-Gitters</translation>
    </message>
    <message>
        <source>KL-regularised optimum</source>
        <translation>KL-regularisiertes Optimum</translation>
    </message>
    <message>
        <source>π_β ∝ π0·exp(r/β) over a β grid</source>
        <translation>π_β ∝ π0·exp(r/β) über einem β-Gitter</translation>
    </message>
    <message>
        <source>Smallest β</source>
        <translation>Kleinstes β</translation>
    </message>
    <message>
        <source>strongest optimisation</source>
        <translation>stärkste Optimierung</translation>
    </message>
    <message>
        <source>Largest β</source>
        <translation>Größtes β</translation>
    </message>
    <message>
        <source>weakest optimisation</source>
        <translation>schwächste Optimierung</translation>
    </message>
    <message>
        <source>points of the β grid</source>
        <translation>Punkte des β-Gitters</translation>
    </message>
    <message>
        <source>Training steps</source>
        <translation>Trainingsschritte</translation>
    </message>
    <message>
        <source>policy-optimisation steps of every pipeline</source>
        <translation>Schritte der Strategieoptimierung jeder Pipeline</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>compared pipelines (each one run)</source>
        <translation>verglichene Pipelines (je ein Lauf)</translation>
    </message>
    <message>
        <source>pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>display label</source>
        <translation>angezeigte Bezeichnung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>how the comparison pairs are labelled</source>
        <translation>wie die Vergleichspaare gelabelt werden</translation>
    </message>
    <message>
        <source>Visible features</source>
        <translation>Sichtbare Merkmale</translation>
    </message>
    <message>
        <source>feature columns the reward model (or the DPO policy) sees; empty: all</source>
        <translation>Merkmalsspalten, die das Belohnungsmodell (oder die DPO-Strategie) sieht; leer: alle</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>iterated RLHF: relabel from the current policy</source>
        <translation>iteriertes RLHF: aus der aktuellen Strategie neu labeln</translation>
    </message>
    <message>
        <source>Oblivious adversary that defeats UCB1</source>
        <translation>Obliviöser Gegner, der UCB1 besiegt</translation>
    </message>
    <message>
        <source>2 arms, table fixed before play: every arm pays 1 except the one UCB1 would pick; EXP3 vs UCB1</source>
        <translation>2 Arme, Tabelle vor dem Spiel festgelegt: jeder Arm zahlt 1 außer dem, den UCB1 wählen würde; EXP3 gegen UCB1</translation>
    </message>
    <message>
        <source>Classic 10-arm Bernoulli</source>
        <translation>Klassischer Bernoulli-Bandit mit 10 Armen</translation>
    </message>
    <message>
        <source>10 Bernoulli arms with means 0.05, 0.15, …, 0.95: UCB1, Thompson-Beta, KL-UCB and ε-greedy 0.1 over 10 000 pulls</source>
        <translation>10 Bernoulli-Arme mit den Mittelwerten 0.05, 0.15, …, 0.95: UCB1, Thompson-Beta, KL-UCB und ε-greedy 0.1 über 10 000 Ziehungen</translation>
    </message>
    <message>
        <source>Close 5-arm Bernoulli</source>
        <translation>Bernoulli-Bandit mit 5 nahen Armen</translation>
    </message>
    <message>
        <source>5 Bernoulli arms with close means 0.30, 0.42, 0.45, 0.50, 0.52: UCB1, Thompson-Beta, KL-UCB and ε-greedy 0.1 over 20 000 pulls</source>
        <translation>5 Bernoulli-Arme mit nahen Mittelwerten 0.30, 0.42, 0.45, 0.50, 0.52: UCB1, Thompson-Beta, KL-UCB und ε-greedy 0.1 über 20 000 Ziehungen</translation>
    </message>
    <message>
        <source>Reward-model ensembles against overoptimisation, with and without label noise</source>
        <translation>Belohnungsmodell-Ensembles gegen Überoptimierung, mit und ohne Label-Rauschen</translation>
    </message>
    <message>
        <source>a single reward model vs 5-member ensembles (mean, worst case, uncertainty-weighted λ = 0.5) with 0% and 25% flipped labels (Coste et al. 2024); quadratic proxies on 300 pairs, members differing by seed (random priors), 6 features each penalised at extremes</source>
        <translation>ein einzelnes Belohnungsmodell gegen Ensembles aus 5 Mitgliedern (Mittelwert, ungünstigster Fall, unsicherheitsgewichtet λ = 0.5) mit 0 % und 25 % vertauschten Labels (Coste et al. 2024); quadratische Proxys auf 300 Paaren, Mitglieder unterscheiden sich im Seed (zufällige Priors), 6 Merkmale, jedes an den Extremen bestraft</translation>
    </message>
    <message>
        <source>Gaussian arms with unequal variances</source>
        <translation>Gauß-Arme mit ungleichen Varianzen</translation>
    </message>
    <message>
        <source>5 Gaussian arms whose variances differ 400-fold: variance-adaptive VarTS vs Gaussian TS assuming σ = 1 vs UCB1</source>
        <translation>5 Gauß-Arme, deren Varianzen sich um den Faktor 400 unterscheiden: varianzadaptives VarTS gegen Gauß-TS mit angenommenem σ = 1 gegen UCB1</translation>
    </message>
    <message>
        <source>Goodhart&apos;s law: best-of-n against a proxy reward model</source>
        <translation>Goodharts Gesetz: Best-of-n gegen ein Proxy-Belohnungsmodell</translation>
    </message>
    <message>
        <source>gold x0 + 2 x1 − 1.25 softplus(x1 − 1)²; a linear Bradley–Terry proxy on 2 000 labelled pairs; exact best-of-n up to n = 4 000 and the KL-regularised optimum</source>
        <translation>Gold x0 + 2 x1 − 1.25 softplus(x1 − 1)²; ein linearer Bradley-Terry-Proxy auf 2 000 gelabelten Paaren; exaktes Best-of-n bis n = 4 000 und das KL-regularisierte Optimum</translation>
    </message>
    <message>
        <source>Goodhart&apos;s law: KL-regularised RL against a proxy reward model</source>
        <translation>Goodharts Gesetz: KL-regularisiertes RL gegen ein Proxy-Belohnungsmodell</translation>
    </message>
    <message>
        <source>natural policy gradient on the logits (its iterates are the KL-regularised optimum at β = 1/(η t)) with and without a KL penalty; the gold peaks and falls while the proxy keeps rising, and the penalty stops the policy near the peak</source>
        <translation>natürlicher Policy-Gradient auf den Logits (seine Iterierten sind das KL-regularisierte Optimum bei β = 1/(η t)) mit und ohne KL-Strafe; das Gold steigt bis zu einem Maximum und fällt, während der Proxy weiter steigt, und die Strafe hält die Strategie nahe am Maximum an</translation>
    </message>
    <message>
        <source>Low-mean 12-arm Bernoulli</source>
        <translation>Bernoulli-Bandit mit 12 Armen und kleinen Mittelwerten</translation>
    </message>
    <message>
        <source>12 Bernoulli arms with low means evenly spread over 0.03–0.19: UCB1, Thompson-Beta, KL-UCB and ε-greedy 0.1 over 10 000 pulls</source>
        <translation>12 Bernoulli-Arme mit kleinen, gleichmäßig über 0.03–0.19 verteilten Mittelwerten: UCB1, Thompson-Beta, KL-UCB und ε-greedy 0.1 über 10 000 Ziehungen</translation>
    </message>
    <message>
        <source>Online RLHF under drifting preferences</source>
        <translation>Online-RLHF bei driftenden Präferenzen</translation>
    </message>
    <message>
        <source>the gold&apos;s weights rotate 90° over 1 000 training steps; a reward model fitted once (offline) against one refitted every 100 steps on pairs drawn from the current policy and labelled by the current gold (online, the last 800 pairs kept); natural policy gradient with a KL penalty, so the policy follows its proxy</source>
        <translation>die Gewichte des Golds drehen sich über 1 000 Trainingsschritte um 90°; ein einmal angepasstes Belohnungsmodell (offline) gegen eines, das alle 100 Schritte auf Paaren neu angepasst wird, die aus der aktuellen Strategie gezogen und mit dem aktuellen Gold gelabelt werden (online, die letzten 800 Paare behalten); natürlicher Policy-Gradient mit KL-Strafe, sodass die Strategie ihrem Proxy folgt</translation>
    </message>
    <message>
        <source>Piecewise-stationary Bernoulli</source>
        <translation>Stückweise stationärer Bernoulli-Bandit</translation>
    </message>
    <message>
        <source>5 Bernoulli arms; at round 3 000 the best arm drops from 0.9 to 0.3, at 6 500 a weak arm jumps to 0.9: SW-UCB, D-UCB and D-TS vs UCB1</source>
        <translation>5 Bernoulli-Arme; in Runde 3 000 fällt der beste Arm von 0.9 auf 0.3, bei 6 500 springt ein schwacher Arm auf 0.9: SW-UCB, D-UCB und D-TS gegen UCB1</translation>
    </message>
    <message>
        <source>RLHF vs DPO on the same preferences</source>
        <translation>RLHF gegen DPO auf denselben Präferenzen</translation>
    </message>
    <message>
        <source>the same world and 2 000 labelled pairs: a reward model and policy-gradient training against it, and direct preference optimisation with no reward model</source>
        <translation>dieselbe Welt und 2 000 gelabelte Paare: ein Belohnungsmodell mit Policy-Gradient-Training dagegen, und direkte Präferenzoptimierung ohne Belohnungsmodell</translation>
    </message>
    <message>
        <source>Autonomous subjects: finite mean and variance</source>
        <translation>Autonome Probanden: endlicher Mittelwert und endliche Varianz</translation>
    </message>
    <message>
        <source>a &gt; 3: Beta–geometric α = 2.5 (a = 3.5) and a discrete power law a = 3.5</source>
        <translation>a &gt; 3: Beta-geometrisch α = 2.5 (a = 3.5) und ein diskretes Potenzgesetz a = 3.5</translation>
    </message>
    <message>
        <source>Bandit policies searching 100 arms for the one that pays</source>
        <translation>Bandit-Strategien suchen unter 100 Armen den einen, der zahlt</translation>
    </message>
    <message>
        <source>one arm of 100 pays with probability 0.5; failures = pulls before the first reward; tasks unsolved after 2 000 pulls are censored</source>
        <translation>einer von 100 Armen zahlt mit Wahrscheinlichkeit 0.5; Fehlversuche = Ziehungen vor der ersten Belohnung; nach 2 000 Ziehungen ungelöste Aufgaben werden zensiert</translation>
    </message>
    <message>
        <source>Capable subjects: finite mean, infinite variance</source>
        <translation>Fähige Probanden: endlicher Mittelwert, unendliche Varianz</translation>
    </message>
    <message>
        <source>2 &lt; a &lt;= 3: Beta–geometric α = 1.5 (a = 2.5) and a discrete power law a = 2.5</source>
        <translation>2 &lt; a &lt;= 3: Beta-geometrisch α = 1.5 (a = 2.5) und ein diskretes Potenzgesetz a = 2.5</translation>
    </message>
    <message>
        <source>Limited subjects: heavy-tailed failure counts</source>
        <translation>Begrenzte Probanden: Fehlversuchszahlen mit schwerem Verteilungsende</translation>
    </message>
    <message>
        <source>decay rate a &lt;= 2: the mean number of failures is infinite; Beta–geometric α = 0.8 (a = 1.8) and a discrete power law a = 1.8</source>
        <translation>Abklingrate a &lt;= 2: die mittlere Zahl der Fehlversuche ist unendlich; Beta-geometrisch α = 0.8 (a = 1.8) und ein diskretes Potenzgesetz a = 1.8</translation>
    </message>
    <message>
        <source>Search: the rank of the right document among 10 000</source>
        <translation>Suche: der Rang des richtigen Dokuments unter 10 000</translation>
    </message>
    <message>
        <source>a scorer ranks 10 000 candidates (difficulty u ~ Beta(0.3, 1), as in the paper&apos;s search tasks, a near 1.3) against blind enumeration</source>
        <translation>ein Bewerter ordnet 10 000 Kandidaten (Schwierigkeit u ~ Beta(0.3, 1), wie bei den Suchaufgaben des Artikels, a nahe 1.3) im Vergleich zur blinden Aufzählung</translation>
    </message>
    <message>
        <source>the cap for any machine</source>
        <translation>die Obergrenze für jeden Rechner</translation>
    </message>
    <message>
        <source>aggregates per checkpoint (3 copies of 80 bytes)</source>
        <translation>Aggregate pro Messpunkt (3 Kopien zu je 80 Byte)</translation>
    </message>
    <message>
        <source>the config must be a JSON object</source>
        <translation>die Konfiguration muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>analysing the pooled data</source>
        <translation>die zusammengeführten Daten werden analysiert</translation>
    </message>
    <message>
        <source>replicate %1: %2</source>
        <translation>Wiederholung %1: %2</translation>
    </message>
    <message>
        <source>replicate %1: unknown error</source>
        <translation>Wiederholung %1: unbekannter Fehler</translation>
    </message>
    <message>
        <source>analysis failed: %1</source>
        <translation>Analyse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>live analysis failed: %1</source>
        <translation>Live-Analyse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>stopped after %1 of %2 checkpoints</source>
        <translation>angehalten nach %1 von %2 Messpunkten</translation>
    </message>
    <message>
        <source>half of this machine&apos;s %1</source>
        <translation>die Hälfte der %1 dieses Rechners</translation>
    </message>
    <message>
        <source>half of this container&apos;s %1</source>
        <translation>die Hälfte der %1 dieses Containers</translation>
    </message>
    <message>
        <source>replicates × runs × metrics = %1 × %2 × %3 values per checkpoint, kept in about 5 copies of 8 bytes</source>
        <translation>Wiederholungen × Läufe × Metriken = %1 × %2 × %3 Werte pro Messpunkt, in etwa 5 Kopien zu je 8 Byte gehalten</translation>
    </message>
    <message>
        <source>replicates × runs × categories = %1 × %2 × %3 final per-category values of 8 bytes</source>
        <translation>Wiederholungen × Läufe × Kategorien = %1 × %2 × %3 Endwerte pro Kategorie zu je 8 Byte</translation>
    </message>
    <message>
        <source>aggregating %1 series × %2 checkpoints × %3 replicates</source>
        <translation>Aggregieren von %1 Reihen × %2 Messpunkten × %3 Wiederholungen</translation>
    </message>
    <message>
        <source>needs about %1 of memory (mostly %2); the limit is %3 (%4)</source>
        <translation>braucht etwa %1 Speicher (hauptsächlich %2); die Grenze liegt bei %3 (%4)</translation>
    </message>
    <message>
        <source>needs about %1 of set-up before the first step (%2); the limit is %3; trialbench-cli run --allow-long lifts this limit</source>
        <translation>braucht etwa %1 Vorbereitung vor dem ersten Schritt (%2); die Grenze liegt bei %3; trialbench-cli run --allow-long hebt diese Grenze auf</translation>
    </message>
    <message>
        <source>needs about %1 of simulation on one core (%2); the limit is %3; trialbench-cli run --allow-long lifts this limit</source>
        <translation>braucht etwa %1 Simulation auf einem Kern (%2); die Grenze liegt bei %3; trialbench-cli run --allow-long hebt diese Grenze auf</translation>
    </message>
    <message>
        <source>expected a string (one of: %1)</source>
        <translation>Zeichenkette erwartet (eine von: %1)</translation>
    </message>
    <message>
        <source>Limited</source>
        <translation>Begrenzt</translation>
    </message>
    <message>
        <source>Capable</source>
        <translation>Fähig</translation>
    </message>
    <message>
        <source>Autonomous</source>
        <translation>Autonom</translation>
    </message>
    <message>
        <source>plfit cannot fit censored observations</source>
        <translation>plfit kann keine zensierten Beobachtungen anpassen</translation>
    </message>
    <message>
        <source>too little data: fewer than 3 distinct values</source>
        <translation>zu wenige Daten: weniger als 3 verschiedene Werte</translation>
    </message>
    <message>
        <source>too many observations for plfit&apos;s array</source>
        <translation>zu viele Beobachtungen für das Array von plfit</translation>
    </message>
    <message>
        <source>plfit_discrete returned no usable exponent</source>
        <translation>plfit_discrete hat keinen brauchbaren Exponenten geliefert</translation>
    </message>
    <message>
        <source>no candidate xmin at or below the smallest censoring value</source>
        <translation>kein Kandidat für xmin auf oder unter dem kleinsten Zensierungswert</translation>
    </message>
    <message>
        <source>no candidate xmin could be fitted</source>
        <translation>kein Kandidat für xmin ließ sich anpassen</translation>
    </message>
    <message>
        <source>no observations</source>
        <translation>keine Beobachtungen</translation>
    </message>
    <message>
        <source>xmin is above the smallest censoring value</source>
        <translation>xmin liegt über dem kleinsten Zensierungswert</translation>
    </message>
    <message>
        <source>no observation at or above xmin</source>
        <translation>keine Beobachtung auf oder über xmin</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Beta–geometric α=%1 β=%2</source>
        <translation>Beta-geometrisch α=%1 β=%2</translation>
    </message>
    <message>
        <source>Zeta a=%1</source>
        <translation>Zeta a=%1</translation>
    </message>
    <message>
        <source>Rank N=%1 α=%2</source>
        <translation>Rang N=%1 α=%2</translation>
    </message>
    <message>
        <source>Rank N=%1 α=%2 σ=%3</source>
        <translation>Rang N=%1 α=%2 σ=%3</translation>
    </message>
    <message>
        <source>Enumeration N=%1</source>
        <translation>Aufzählung N=%1</translation>
    </message>
    <message>
        <source>Blind guessing N=%1</source>
        <translation>Blindes Raten N=%1</translation>
    </message>
    <message>
        <source>%1 searching %2 arms</source>
        <translation>%1 durchsucht %2 Arme</translation>
    </message>
    <message>
        <source>Observed: %1</source>
        <translation>Beobachtet: %1</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>%1 tasks pooled (%2 censored); fits on x = K + 1</source>
        <translation>%1 Aufgaben zusammengeführt (%2 zensiert); Anpassungen auf x = K + 1</translation>
    </message>
    <message>
        <source>%1 semi-parametric bootstrap refits, xmin re-scanned; p &lt;= 0.1 rules the power law out</source>
        <translation>%1 semiparametrische Bootstrap-Neuanpassungen, xmin neu gesucht; p &lt;= 0.1 schließt das Potenzgesetz aus</translation>
    </message>
    <message>
        <source>least squares of log10 freq on log10 k over K in [%1, %2], %3 log bins; biased, for comparison with the paper only</source>
        <translation>kleinste Quadrate von log10 Häufigkeit gegen log10 k über K in [%1, %2], %3 logarithmische Klassen; verzerrt, nur zum Vergleich mit dem Artikel</translation>
    </message>
    <message>
        <source>least squares of log10 freq on log10 k over K in [%1, %2], %3 points; biased, for comparison with the paper only</source>
        <translation>kleinste Quadrate von log10 Häufigkeit gegen log10 k über K in [%1, %2], %3 Punkte; verzerrt, nur zum Vergleich mit dem Artikel</translation>
    </message>
    <message>
        <source>Hill estimator on x = K + 1 with k = %1 order statistics; a = alpha_Hill + 1</source>
        <translation>Hill-Schätzer auf x = K + 1 mit k = %1 Ordnungsstatistiken; a = alpha_Hill + 1</translation>
    </message>
    <message>
        <source>Log-likelihood ratio vs %1</source>
        <translation>Log-Likelihood-Quotient gegenüber %1</translation>
    </message>
    <message>
        <source>Vuong p vs %1</source>
        <translation>Vuong-p gegenüber %1</translation>
    </message>
    <message>
        <source>%1 bootstrap resamples of the pooled counts, xmin re-scanned</source>
        <translation>%1 Bootstrap-Stichproben der zusammengeführten Zahlen, xmin neu gesucht</translation>
    </message>
    <message>
        <source>%1 bootstrap resamples of the pooled counts, xmin re-scanned (live; the full bootstrap runs when the run ends)</source>
        <translation>%1 Bootstrap-Stichproben der zusammengeführten Zahlen, xmin neu gesucht (vorläufig; der vollständige Bootstrap folgt, wenn der Lauf endet)</translation>
    </message>
    <message>
        <source>xmin = %1</source>
        <translation>xmin = %1</translation>
    </message>
    <message>
        <source>replicates × subjects × tasks = %1 × %2 × %3 tasks; the slowest subject, %4, at about %5 ns per task</source>
        <translation>Wiederholungen × Probanden × Aufgaben = %1 × %2 × %3 Aufgaben; der langsamste Proband, %4, mit etwa %5 ns pro Aufgabe</translation>
    </message>
    <message>
        <source>replicates × subjects = %1 tallies of 32 KiB</source>
        <translation>Wiederholungen × Probanden = %1 Zähltabellen zu je 32 KiB</translation>
    </message>
    <message>
        <source>the pooled sample of %1 tasks expanded for the fit, a copy per thread (~3)</source>
        <translation>die zusammengeführte Stichprobe von %1 Aufgaben, für die Anpassung ausgeschrieben, eine Kopie pro Thread (~3)</translation>
    </message>
    <message>
        <source>(1 + refits) × pooled tasks = %1 × %2 per subject at about 150 ns each</source>
        <translation>(1 + Neuanpassungen) × zusammengeführte Aufgaben = %1 × %2 pro Proband zu je etwa 150 ns</translation>
    </message>
    <message>
        <source>Tasks pooled</source>
        <translation>Zusammengeführte Aufgaben</translation>
    </message>
    <message>
        <source>Censored (K &gt;= cap)</source>
        <translation>Zensiert (K &gt;= Obergrenze)</translation>
    </message>
    <message>
        <source>right-censored: kept in the likelihood as P(X &gt;= cap + 1), never counted as successes</source>
        <translation>rechtszensiert: in der Likelihood als P(X &gt;= cap + 1) berücksichtigt, nie als Erfolg gezählt</translation>
    </message>
    <message>
        <source>Share with K = 0</source>
        <translation>Anteil mit K = 0</translation>
    </message>
    <message>
        <source>Mean failures</source>
        <translation>Mittlere Fehlversuche</translation>
    </message>
    <message>
        <source>the fitted tail (a &lt;= 2) makes the mean infinite</source>
        <translation>das angepasste Verteilungsende (a &lt;= 2) macht den Mittelwert unendlich</translation>
    </message>
    <message>
        <source>Variance of failures</source>
        <translation>Varianz der Fehlversuche</translation>
    </message>
    <message>
        <source>the fitted tail (a &lt;= 3) makes the variance infinite</source>
        <translation>das angepasste Verteilungsende (a &lt;= 3) macht die Varianz unendlich</translation>
    </message>
    <message>
        <source>Decay rate a (MLE)</source>
        <translation>Abklingrate a (MLE)</translation>
    </message>
    <message>
        <source>discrete power-law MLE on x = K + 1 with xmin by KS distance (Clauset, Shalizi &amp; Newman 2009), by libplfit</source>
        <translation>diskreter Potenzgesetz-MLE auf x = K + 1 mit xmin nach KS-Abstand (Clauset, Shalizi &amp; Newman 2009), mit libplfit</translation>
    </message>
    <message>
        <source>discrete power-law MLE on x = K + 1 with xmin by KS distance (Clauset, Shalizi &amp; Newman 2009), censored likelihood</source>
        <translation>diskreter Potenzgesetz-MLE auf x = K + 1 mit xmin nach KS-Abstand (Clauset, Shalizi &amp; Newman 2009), zensierte Likelihood</translation>
    </message>
    <message>
        <source>Standard error of a</source>
        <translation>Standardfehler von a</translation>
    </message>
    <message>
        <source>1 / sqrt(n_tail d²/da² ln zeta(a, xmin))</source>
        <translation>1 / sqrt(n_tail d²/da² ln zeta(a, xmin))</translation>
    </message>
    <message>
        <source>xmin (x = K + 1)</source>
        <translation>xmin (x = K + 1)</translation>
    </message>
    <message>
        <source>start of the power-law tail, in x = K + 1</source>
        <translation>Beginn des Potenzgesetz-Verteilungsendes, in x = K + 1</translation>
    </message>
    <message>
        <source>Tail size</source>
        <translation>Größe des Verteilungsendes</translation>
    </message>
    <message>
        <source>observations with x &gt;= xmin</source>
        <translation>Beobachtungen mit x &gt;= xmin</translation>
    </message>
    <message>
        <source>KS distance</source>
        <translation>KS-Abstand</translation>
    </message>
    <message>
        <source>Goodness of fit p</source>
        <translation>Anpassungsgüte p</translation>
    </message>
    <message>
        <source>computed when the run ends</source>
        <translation>wird berechnet, wenn der Lauf endet</translation>
    </message>
    <message>
        <source>not computed (analysis.bootstrap = 0)</source>
        <translation>nicht berechnet (analysis.bootstrap = 0)</translation>
    </message>
    <message>
        <source>a, 2.5% bootstrap</source>
        <translation>a, 2.5-%-Bootstrap-Quantil</translation>
    </message>
    <message>
        <source>a, 97.5% bootstrap</source>
        <translation>a, 97.5-%-Bootstrap-Quantil</translation>
    </message>
    <message>
        <source>Decay rate a (OLS, paper-compatible)</source>
        <translation>Abklingrate a (OLS, wie im Artikel)</translation>
    </message>
    <message>
        <source>Decay rate a (Hill + 1)</source>
        <translation>Abklingrate a (Hill + 1)</translation>
    </message>
    <message>
        <source>Standard error of a (Hill)</source>
        <translation>Standardfehler von a (Hill)</translation>
    </message>
    <message>
        <source>&gt; 0 favours the power law on the tail x &gt;= xmin</source>
        <translation>&gt; 0 spricht für das Potenzgesetz auf dem Verteilungsende x &gt;= xmin</translation>
    </message>
    <message>
        <source>small p: the sign of the ratio is significant</source>
        <translation>kleines p: das Vorzeichen des Quotienten ist signifikant</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>not computed</source>
        <translation>nicht berechnet</translation>
    </message>
    <message>
        <source>Observed (log bins)</source>
        <translation>Beobachtet (logarithmische Klassen)</translation>
    </message>
    <message>
        <source>Power-law fit</source>
        <translation>Potenzgesetz-Anpassung</translation>
    </message>
    <message>
        <source>Observed P(X ≥ x)</source>
        <translation>Beobachtet P(X ≥ x)</translation>
    </message>
    <message>
        <source>x^-2 (Limited | Capable)</source>
        <translation>x^-2 (Begrenzt | Fähig)</translation>
    </message>
    <message>
        <source>x^-3 (Capable | Autonomous)</source>
        <translation>x^-3 (Fähig | Autonom)</translation>
    </message>
    <message>
        <source>Hill a(k) = alpha_Hill(k) + 1</source>
        <translation>Hill a(k) = alpha_Hill(k) + 1</translation>
    </message>
    <message>
        <source>a = 2 (Limited | Capable)</source>
        <translation>a = 2 (Begrenzt | Fähig)</translation>
    </message>
    <message>
        <source>a = 3 (Capable | Autonomous)</source>
        <translation>a = 3 (Fähig | Autonom)</translation>
    </message>
    <message>
        <source>Mean failures per task</source>
        <translation>Mittlere Fehlversuche pro Aufgabe</translation>
    </message>
    <message>
        <source>failures</source>
        <translation>Fehlversuche</translation>
    </message>
    <message>
        <source>Censored share (K &gt;= cap)</source>
        <translation>Zensierter Anteil (K &gt;= Obergrenze)</translation>
    </message>
    <message>
        <source>Failure count K</source>
        <translation>Zahl der Fehlversuche K</translation>
    </message>
    <message>
        <source>Failure-count distribution</source>
        <translation>Verteilung der Fehlversuchszahlen</translation>
    </message>
    <message>
        <source>x = K + 1 (failures + 1)</source>
        <translation>x = K + 1 (Fehlversuche + 1)</translation>
    </message>
    <message>
        <source>P(X = x) (log-binned)</source>
        <translation>P(X = x) (logarithmisch klassiert)</translation>
    </message>
    <message>
        <source>points: observed frequency per logarithmic bin; line: the power-law fit from xmin; grey: the paper&apos;s x^-2 and x^-3 guides</source>
        <translation>Punkte: beobachtete Häufigkeit pro logarithmischer Klasse; Linie: die Potenzgesetz-Anpassung ab xmin; grau: die Hilfslinien x^-2 und x^-3 des Artikels</translation>
    </message>
    <message>
        <source>Survival curve</source>
        <translation>Überlebenskurve</translation>
    </message>
    <message>
        <source>P(X ≥ x)</source>
        <translation>P(X ≥ x)</translation>
    </message>
    <message>
        <source>steps: the empirical survival function; line: the fitted power law from xmin, scaled by the tail share</source>
        <translation>Stufen: die empirische Überlebensfunktion; Linie: das angepasste Potenzgesetz ab xmin, mit dem Anteil des Verteilungsendes skaliert</translation>
    </message>
    <message>
        <source>Hill plot</source>
        <translation>Hill-Plot</translation>
    </message>
    <message>
        <source>k (order statistics)</source>
        <translation>k (Ordnungsstatistiken)</translation>
    </message>
    <message>
        <source>decay rate a = alpha_Hill + 1</source>
        <translation>Abklingrate a = alpha_Hill + 1</translation>
    </message>
    <message>
        <source>Hill estimate of the decay rate against the number of upper order statistics used, with its 95% band; the grey lines are the level boundaries</source>
        <translation>Hill-Schätzung der Abklingrate über der Zahl der verwendeten oberen Ordnungsstatistiken, mit ihrem 95-%-Band; die grauen Linien sind die Stufengrenzen</translation>
    </message>
    <message>
        <source>Survival game</source>
        <translation>Überlebensspiel</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>ln t tables of the bandit subjects</source>
        <translation>ln-t-Tabellen der Bandit-Probanden</translation>
    </message>
    <message>
        <source>%1 is not a whole failure count</source>
        <translation>%1 ist keine ganze Zahl von Fehlversuchen</translation>
    </message>
    <message>
        <source>%1 is not a positive whole count</source>
        <translation>%1 ist keine positive ganze Anzahl</translation>
    </message>
    <message>
        <source>values must be strictly increasing (%1 comes before %2)</source>
        <translation>die Werte müssen streng steigen (%1 steht vor %2)</translation>
    </message>
    <message>
        <source>a bandit subject (%1) needs a cap on attempts: a policy may never pull the paying arm</source>
        <translation>ein Bandit-Proband (%1) braucht eine Obergrenze für Versuche: eine Strategie zieht den zahlenden Arm womöglich nie</translation>
    </message>
    <message>
        <source>a bandit subject (%1) allows at most 1e+07 attempts per task</source>
        <translation>ein Bandit-Proband (%1) erlaubt höchstens 1e+07 Versuche pro Aufgabe</translation>
    </message>
    <message>
        <source>must be 1 with observed counts (%1): replicates would repeat the same data</source>
        <translation>muss bei beobachteten Zahlen (%1) 1 sein: Wiederholungen würden dieselben Daten wiederholen</translation>
    </message>
    <message>
        <source>%1 is fewer than the %2 observations of %3</source>
        <translation>%1 ist weniger als die %2 Beobachtungen von %3</translation>
    </message>
    <message>
        <source>Beta–geometric</source>
        <translation>Beta-geometrisch</translation>
    </message>
    <message>
        <source>per task p ~ Beta(alpha, beta), then K ~ Geometric(p) failures before the first success: P(K &gt;= k) ~ k^-alpha, decay rate a = alpha + 1</source>
        <translation>pro Aufgabe p ~ Beta(alpha, beta), dann K ~ Geometrisch(p) Fehlversuche vor dem ersten Erfolg: P(K &gt;= k) ~ k^-alpha, Abklingrate a = alpha + 1</translation>
    </message>
    <message>
        <source>Beta shape at p = 0: the tail index (decay rate a = α + 1)</source>
        <translation>Beta-Formparameter bei p = 0: der Tail-Index (Abklingrate a = α + 1)</translation>
    </message>
    <message>
        <source>β</source>
        <translation>β</translation>
    </message>
    <message>
        <source>Beta shape at p = 1 (larger: more hard tasks)</source>
        <translation>Beta-Formparameter bei p = 1 (größer: mehr schwere Aufgaben)</translation>
    </message>
    <message>
        <source>Discrete power law</source>
        <translation>Diskretes Potenzgesetz</translation>
    </message>
    <message>
        <source>K + 1 ~ zeta(a): P(K + 1 = x) = x^-a / zeta(a), x &gt;= 1; the decay rate is a exactly</source>
        <translation>K + 1 ~ zeta(a): P(K + 1 = x) = x^-a / zeta(a), x &gt;= 1; die Abklingrate ist genau a</translation>
    </message>
    <message>
        <source>a</source>
        <translation>a</translation>
    </message>
    <message>
        <source>decay rate (PMF exponent) &gt; 1</source>
        <translation>Abklingrate (Exponent der Wahrscheinlichkeitsfunktion) &gt; 1</translation>
    </message>
    <message>
        <source>Rank (scorer)</source>
        <translation>Rang (Bewerter)</translation>
    </message>
    <message>
        <source>N candidates; per task the correct one&apos;s score is Phi^-1(1 - u) + noise * N(0, 1) with difficulty u ~ Beta(alpha, beta), distractors N(0, 1); K = distractors scored strictly above it (~ Binomial(N - 1, P(distractor &gt; score))): p(k) ~ k^-(alpha + 1) for 1 &lt;&lt; k &lt;&lt; N, capped at N - 1</source>
        <translation>N Kandidaten; pro Aufgabe erhält der richtige die Bewertung Phi^-1(1 - u) + noise * N(0, 1) mit Schwierigkeit u ~ Beta(alpha, beta), Ablenker N(0, 1); K = Ablenker mit echt höherer Bewertung (~ Binomial(N - 1, P(Ablenker &gt; Bewertung))): p(k) ~ k^-(alpha + 1) für 1 &lt;&lt; k &lt;&lt; N, begrenzt auf N - 1</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>pool size N (correct answer + N - 1 distractors)</source>
        <translation>Größe N des Pools (richtige Antwort + N - 1 Ablenker)</translation>
    </message>
    <message>
        <source>difficulty: Beta shape at u = 0 (tail index below N)</source>
        <translation>Schwierigkeit: Beta-Formparameter bei u = 0 (Tail-Index unterhalb von N)</translation>
    </message>
    <message>
        <source>difficulty: Beta shape at u = 1</source>
        <translation>Schwierigkeit: Beta-Formparameter bei u = 1</translation>
    </message>
    <message>
        <source>Noise σ</source>
        <translation>Rauschen σ</translation>
    </message>
    <message>
        <source>score noise of the correct candidate</source>
        <translation>Rauschen der Bewertung des richtigen Kandidaten</translation>
    </message>
    <message>
        <source>Blind enumeration</source>
        <translation>Blinde Aufzählung</translation>
    </message>
    <message>
        <source>tries N candidates blindly: with memory (no repeats) K ~ Uniform{0, ..., N - 1}, E[K] = (N - 1)/2; without memory K ~ Geometric(1/N), E[K] = N - 1</source>
        <translation>probiert N Kandidaten blind: mit Gedächtnis (ohne Wiederholung) K ~ Gleichverteilt{0, ..., N - 1}, E[K] = (N - 1)/2; ohne Gedächtnis K ~ Geometrisch(1/N), E[K] = N - 1</translation>
    </message>
    <message>
        <source>size N of the solution space</source>
        <translation>Größe N des Lösungsraums</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Gedächtnis</translation>
    </message>
    <message>
        <source>never retries a candidate it has tried</source>
        <translation>probiert einen bereits versuchten Kandidaten nie erneut</translation>
    </message>
    <message>
        <source>Bandit search</source>
        <translation>Bandit-Suche</translation>
    </message>
    <message>
        <source>a bandit policy searches N arms, exactly one of which pays (with probability payoff, the others never); the paying arm is drawn uniformly per task; K = pulls before the first success</source>
        <translation>eine Bandit-Strategie durchsucht N Arme, von denen genau einer zahlt (mit Wahrscheinlichkeit payoff, die anderen nie); der zahlende Arm wird pro Aufgabe gleichverteilt gezogen; K = Ziehungen vor dem ersten Erfolg</translation>
    </message>
    <message>
        <source>arms N searched per task</source>
        <translation>pro Aufgabe durchsuchte Arme N</translation>
    </message>
    <message>
        <source>Payoff</source>
        <translation>Auszahlung</translation>
    </message>
    <message>
        <source>probability the paying arm pays when pulled</source>
        <translation>Wahrscheinlichkeit, dass der zahlende Arm beim Ziehen zahlt</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>the searching policy (restarted for every task)</source>
        <translation>die suchende Strategie (für jede Aufgabe neu gestartet)</translation>
    </message>
    <message>
        <source>Observed failure counts</source>
        <translation>Beobachtete Fehlversuchszahlen</translation>
    </message>
    <message>
        <source>failure counts measured elsewhere (trialbench-cli fit-tail, File &gt; Import failure counts), replayed in a seeded random order</source>
        <translation>anderswo gemessene Fehlversuchszahlen (trialbench-cli fit-tail, Datei &gt; Fehlversuchszahlen importieren), in einer durch den Seed bestimmten zufälligen Reihenfolge abgespielt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>where the counts came from (file name)</source>
        <translation>woher die Zahlen stammen (Dateiname)</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>[K, how many] pairs: K failures before the success</source>
        <translation>Paare [K, wie viele]: K Fehlversuche vor dem Erfolg</translation>
    </message>
    <message>
        <source>Censored</source>
        <translation>Zensiert</translation>
    </message>
    <message>
        <source>[K, how many] pairs: tasks stopped after K failures (K &gt;= value)</source>
        <translation>Paare [K, wie viele]: nach K Fehlversuchen abgebrochene Aufgaben (K &gt;= Wert)</translation>
    </message>
    <message>
        <source>holds no observation</source>
        <translation>enthält keine Beobachtung</translation>
    </message>
    <message>
        <source>GoF refits</source>
        <translation>GoF-Neuanpassungen</translation>
    </message>
    <message>
        <source>goodness-of-fit bootstrap: synthetic samples refitted (xmin re-scanned); 0 skips the p-value</source>
        <translation>Bootstrap für die Anpassungsgüte: synthetische Stichproben neu angepasst (xmin neu gesucht); 0 überspringt den p-Wert</translation>
    </message>
    <message>
        <source>Level resamples</source>
        <translation>Stufen-Stichproben</translation>
    </message>
    <message>
        <source>resamples of the pooled data refitted (xmin re-scanned) for the level probabilities</source>
        <translation>neu angepasste Stichproben der zusammengeführten Daten (xmin neu gesucht) für die Wahrscheinlichkeiten der Stufen</translation>
    </message>
    <message>
        <source>OLS from k</source>
        <translation>OLS ab k</translation>
    </message>
    <message>
        <source>paper-compatible OLS slope: smallest K (&gt;= 1)</source>
        <translation>OLS-Steigung wie im Artikel: kleinstes K (&gt;= 1)</translation>
    </message>
    <message>
        <source>OLS to k</source>
        <translation>OLS bis k</translation>
    </message>
    <message>
        <source>largest K of the OLS slope; 0: the largest observed</source>
        <translation>größtes K der OLS-Steigung; 0: das größte beobachtete</translation>
    </message>
    <message>
        <source>OLS on log bins</source>
        <translation>OLS auf logarithmischen Klassen</translation>
    </message>
    <message>
        <source>OLS on logarithmic bins instead of every k</source>
        <translation>OLS auf logarithmischen Klassen statt auf jedem k</translation>
    </message>
    <message>
        <source>Hill k</source>
        <translation>Hill-k</translation>
    </message>
    <message>
        <source>order statistics of the Hill estimate; 0: sqrt(n), at most the KS tail</source>
        <translation>Ordnungsstatistiken der Hill-Schätzung; 0: sqrt(n), höchstens das KS-Verteilungsende</translation>
    </message>
    <message>
        <source>independent repetitions (their trials are pooled)</source>
        <translation>unabhängige Wiederholungen (ihre Versuche werden zusammengeführt)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>task instances per replicate and subject; each is tried until solved</source>
        <translation>Aufgabeninstanzen pro Wiederholung und Proband; jede wird bis zur Lösung versucht</translation>
    </message>
    <message>
        <source>Attempt cap</source>
        <translation>Versuchsgrenze</translation>
    </message>
    <message>
        <source>attempts allowed per task; a task unsolved after `cap` failures is right-censored (K &gt;= cap), counted and reported; 0: no cap</source>
        <translation>erlaubte Versuche pro Aufgabe; eine nach `cap` Fehlversuchen ungelöste Aufgabe ist rechtszensiert (K &gt;= cap), wird gezählt und gemeldet; 0: keine Obergrenze</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>Probanden</translation>
    </message>
    <message>
        <source>compared subjects (each one run)</source>
        <translation>verglichene Probanden (je ein Lauf)</translation>
    </message>
    <message>
        <source>subject</source>
        <translation>Proband</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>tail analysis of the pooled failure counts</source>
        <translation>Analyse des Verteilungsendes der zusammengeführten Fehlversuchszahlen</translation>
    </message>
    <message>
        <source>%1 observations are right-censored (K &gt;= cap): the power-law fit keeps them as survival terms; Hill, OLS, the mean and the variance use the exact ones only</source>
        <translation>%1 Beobachtungen sind rechtszensiert (K &gt;= cap): die Potenzgesetz-Anpassung berücksichtigt sie als Überlebensterme; Hill, OLS, Mittelwert und Varianz verwenden nur die exakten</translation>
    </message>
    <message>
        <source>fitted a = %1 &lt;= 2: the mean of K is infinite (Limited)</source>
        <translation>angepasstes a = %1 &lt;= 2: der Mittelwert von K ist unendlich (Begrenzt)</translation>
    </message>
    <message>
        <source>fitted a = %1 &lt;= 3: the variance of K is infinite</source>
        <translation>angepasstes a = %1 &lt;= 3: die Varianz von K ist unendlich</translation>
    </message>
    <message>
        <source>too little data: only %1 points in the tail</source>
        <translation>zu wenige Daten: nur %1 Punkte im Verteilungsende</translation>
    </message>
    <message>
        <source>%1 goodness-of-fit refits could not be fitted</source>
        <translation>%1 Neuanpassungen für die Anpassungsgüte ließen sich nicht anpassen</translation>
    </message>
    <message>
        <source>bootstrap p = %1 &lt;= 0.1: power law ruled out</source>
        <translation>Bootstrap-p = %1 &lt;= 0.1: Potenzgesetz ausgeschlossen</translation>
    </message>
    <message>
        <source>%1 level-bootstrap refits could not be fitted</source>
        <translation>%1 Neuanpassungen des Stufen-Bootstraps ließen sich nicht anpassen</translation>
    </message>
    <message>
        <source>too many observations for plfit&apos;s array: the own MLE was used</source>
        <translation>zu viele Beobachtungen für das Array von plfit: der eigene MLE wurde verwendet</translation>
    </message>
    <message>
        <source>fitted a is at the edge of the search range [1.0001, 20]</source>
        <translation>das angepasste a liegt am Rand des Suchbereichs [1.0001, 20]</translation>
    </message>
    <message>
        <source>OLS slope: fewer than 2 non-empty bins in the range</source>
        <translation>OLS-Steigung: weniger als 2 nicht leere Klassen im Bereich</translation>
    </message>
    <message>
        <source>power-law fit: %1</source>
        <translation>Potenzgesetz-Anpassung: %1</translation>
    </message>
    <message>
        <source>lognormal</source>
        <translation>Lognormalverteilung</translation>
    </message>
    <message>
        <source>exponential</source>
        <translation>Exponentialverteilung</translation>
    </message>
    <message>
        <source>list experiments</source>
        <translation>Auflisten der Experimente</translation>
    </message>
    <message>
        <source>list tags</source>
        <translation>Auflisten der Tags</translation>
    </message>
    <message>
        <source>list final values</source>
        <translation>Auflisten der Endwerte</translation>
    </message>
    <message>
        <source>read an experiment</source>
        <translation>Lesen eines Experiments</translation>
    </message>
    <message>
        <source>read tags</source>
        <translation>Lesen der Tags</translation>
    </message>
    <message>
        <source>read final values</source>
        <translation>Lesen der Endwerte</translation>
    </message>
    <message>
        <source>read a config</source>
        <translation>Lesen einer Konfiguration</translation>
    </message>
    <message>
        <source>read runs</source>
        <translation>Lesen der Läufe</translation>
    </message>
    <message>
        <source>read a series</source>
        <translation>Lesen einer Reihe</translation>
    </message>
    <message>
        <source>read summaries</source>
        <translation>Lesen der Zusammenfassungen</translation>
    </message>
    <message>
        <source>read category values</source>
        <translation>Lesen der Kategoriewerte</translation>
    </message>
    <message>
        <source>read metric declarations</source>
        <translation>Lesen der Metrik-Deklarationen</translation>
    </message>
    <message>
        <source>read pooled counts</source>
        <translation>Lesen der gepoolten Zahlen</translation>
    </message>
    <message>
        <source>read a derivation</source>
        <translation>Lesen einer Ableitung</translation>
    </message>
    <message>
        <source>read estimates</source>
        <translation>Lesen der Schätzungen</translation>
    </message>
    <message>
        <source>read verdicts</source>
        <translation>Lesen der Urteile</translation>
    </message>
    <message>
        <source>read verdict classes</source>
        <translation>Lesen der Urteilsklassen</translation>
    </message>
    <message>
        <source>read derived curves</source>
        <translation>Lesen abgeleiteter Kurven</translation>
    </message>
    <message>
        <source>read curve points</source>
        <translation>Lesen der Kurvenpunkte</translation>
    </message>
    <message>
        <source>read plot declarations</source>
        <translation>Lesen der Diagramm-Deklarationen</translation>
    </message>
    <message>
        <source>read the data version</source>
        <translation>Lesen der Datenversion</translation>
    </message>
    <message>
        <source>read the store&apos;s size limit</source>
        <translation>Lesen der Größengrenze des Speichers</translation>
    </message>
    <message>
        <source>open a connection for recording</source>
        <translation>Öffnen einer Verbindung zum Aufzeichnen</translation>
    </message>
    <message>
        <source>configure</source>
        <translation>Konfigurieren</translation>
    </message>
    <message>
        <source>record a new experiment</source>
        <translation>Aufzeichnen eines neuen Experiments</translation>
    </message>
    <message>
        <source>record the config</source>
        <translation>Aufzeichnen der Konfiguration</translation>
    </message>
    <message>
        <source>record metric declarations</source>
        <translation>Aufzeichnen der Metrik-Deklarationen</translation>
    </message>
    <message>
        <source>record plot declarations</source>
        <translation>Aufzeichnen der Diagramm-Deklarationen</translation>
    </message>
    <message>
        <source>record runs</source>
        <translation>Aufzeichnen der Läufe</translation>
    </message>
    <message>
        <source>the store&apos;s writer stopped</source>
        <translation>der Schreiber des Speichers hat angehalten</translation>
    </message>
    <message>
        <source>store write failed</source>
        <translation>Schreiben in den Speicher fehlgeschlagen</translation>
    </message>
    <message>
        <source>record the end of a run</source>
        <translation>Aufzeichnen des Endes eines Laufs</translation>
    </message>
    <message>
        <source>record pooled counts</source>
        <translation>Aufzeichnen der gepoolten Zahlen</translation>
    </message>
    <message>
        <source>record a derivation</source>
        <translation>Aufzeichnen einer Ableitung</translation>
    </message>
    <message>
        <source>record an estimate</source>
        <translation>Aufzeichnen einer Schätzung</translation>
    </message>
    <message>
        <source>record a verdict</source>
        <translation>Aufzeichnen eines Urteils</translation>
    </message>
    <message>
        <source>record a verdict class</source>
        <translation>Aufzeichnen einer Urteilsklasse</translation>
    </message>
    <message>
        <source>record a derived curve</source>
        <translation>Aufzeichnen einer abgeleiteten Kurve</translation>
    </message>
    <message>
        <source>record a curve point</source>
        <translation>Aufzeichnen eines Kurvenpunkts</translation>
    </message>
    <message>
        <source>record a checkpoint</source>
        <translation>Aufzeichnen eines Checkpoints</translation>
    </message>
    <message>
        <source>record a summary</source>
        <translation>Aufzeichnen einer Zusammenfassung</translation>
    </message>
    <message>
        <source>record progress</source>
        <translation>Aufzeichnen des Fortschritts</translation>
    </message>
    <message>
        <source>record final values</source>
        <translation>Aufzeichnen der Endwerte</translation>
    </message>
    <message>
        <source>record category values</source>
        <translation>Aufzeichnen der Kategoriewerte</translation>
    </message>
    <message>
        <source>open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>create the file</source>
        <translation>Anlegen der Datei</translation>
    </message>
    <message>
        <source>read the store&apos;s mark</source>
        <translation>Lesen der Markierung des Speichers</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>read the schema</source>
        <translation>Lesen des Schemas</translation>
    </message>
    <message>
        <source>enable foreign keys</source>
        <translation>Aktivieren der Fremdschlüssel</translation>
    </message>
    <message>
        <source>configure memory-mapped reads</source>
        <translation>Konfigurieren des speicherabgebildeten Lesens</translation>
    </message>
    <message>
        <source>set the sync mode</source>
        <translation>Setzen des Synchronisationsmodus</translation>
    </message>
    <message>
        <source>switch to write-ahead logging</source>
        <translation>Umstellen auf Write-Ahead-Logging</translation>
    </message>
    <message>
        <source>check the store&apos;s integrity</source>
        <translation>Prüfen der Integrität des Speichers</translation>
    </message>
    <message>
        <source>find interrupted runs</source>
        <translation>Suchen unterbrochener Läufe</translation>
    </message>
    <message>
        <source>mark an interrupted run</source>
        <translation>Markieren eines unterbrochenen Laufs</translation>
    </message>
    <message>
        <source>save notes</source>
        <translation>Speichern der Notizen</translation>
    </message>
    <message>
        <source>rename an experiment</source>
        <translation>Umbenennen eines Experiments</translation>
    </message>
    <message>
        <source>replace a tag</source>
        <translation>Ersetzen eines Tags</translation>
    </message>
    <message>
        <source>add a tag</source>
        <translation>Hinzufügen eines Tags</translation>
    </message>
    <message>
        <source>remove a tag</source>
        <translation>Entfernen eines Tags</translation>
    </message>
    <message>
        <source>delete an experiment</source>
        <translation>Löschen eines Experiments</translation>
    </message>
    <message>
        <source>mark the file</source>
        <translation>Markieren der Datei</translation>
    </message>
    <message>
        <source>set the schema version</source>
        <translation>Setzen der Schemaversion</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>Vorbereiten einer Anweisung</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>Beginnen einer Transaktion</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Abschließen der Transaktion</translation>
    </message>
    <message>
        <source>start a read transaction</source>
        <translation>Beginnen einer Lesetransaktion</translation>
    </message>
    <message>
        <source>cannot %1 in store %2: %3</source>
        <translation>%1 im Speicher %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>cannot %1 in store %2: %3 (the disk or the store&apos;s size limit is full; nothing already stored was changed)</source>
        <translation>%1 im Speicher %2 nicht möglich: %3 (der Datenträger oder die Größengrenze des Speichers ist voll; bereits Gespeichertes wurde nicht verändert)</translation>
    </message>
    <message>
        <source>cannot %1 in store %2: %3 (check that the file and its folder are writable; use --db PATH or TRIALBENCH_DB for another location)</source>
        <translation>%1 im Speicher %2 nicht möglich: %3 (prüfen Sie, ob die Datei und ihr Ordner beschreibbar sind; verwenden Sie --db PATH oder TRIALBENCH_DB für einen anderen Ort)</translation>
    </message>
    <message>
        <source>cannot %1 in store %2: %3 (another process holds the store locked)</source>
        <translation>%1 im Speicher %2 nicht möglich: %3 (ein anderer Prozess hält den Speicher gesperrt)</translation>
    </message>
    <message>
        <source>cannot %1 in store %2: %3 (input/output error: is the disk full or removed?)</source>
        <translation>%1 im Speicher %2 nicht möglich: %3 (Ein-/Ausgabefehler: ist der Datenträger voll oder entfernt?)</translation>
    </message>
    <message>
        <source>SQLite: %1, when trying to %2</source>
        <translation>SQLite: %1, beim %2</translation>
    </message>
    <message>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <source>SQLite&apos;s quick_check says: %1</source>
        <translation>SQLites quick_check meldet: %1</translation>
    </message>
    <message>
        <source>migrate to schema version %1</source>
        <translation>Migrieren auf Schemaversion %1</translation>
    </message>
    <message>
        <source>cannot read store %1: %2</source>
        <translation>Speicher %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read store %1: %2 (another process holds it locked)</source>
        <translation>Speicher %1 kann nicht gelesen werden: %2 (ein anderer Prozess hält ihn gesperrt)</translation>
    </message>
    <message>
        <source>its header gives an impossible page size of %1 bytes</source>
        <translation>ihr Kopf nennt eine unmögliche Seitengröße von %1 Byte</translation>
    </message>
    <message>
        <source>truncated or padded: %1 bytes is not a whole number of %2-byte pages</source>
        <translation>gekürzt oder aufgefüllt: %1 Byte sind keine ganze Zahl von Seiten zu %2 Byte</translation>
    </message>
    <message>
        <source>truncated: its header counts %1 pages of %2 bytes (%3 bytes), the file has %4</source>
        <translation>gekürzt: ihr Kopf zählt %1 Seiten zu %2 Byte (%3 Byte), die Datei hat %4</translation>
    </message>
    <message>
        <source>%1 is not a TrialBench store (%2); refusing to open it and leaving it untouched. Choose another file with --db PATH or TRIALBENCH_DB.</source>
        <translation>%1 ist kein TrialBench-Speicher (%2); die Datei wird nicht geöffnet und bleibt unverändert. Wählen Sie mit --db PATH oder TRIALBENCH_DB eine andere Datei.</translation>
    </message>
    <message>
        <source>an SQLite database of another application, application_id 0x%1</source>
        <translation>eine SQLite-Datenbank einer anderen Anwendung, application_id 0x%1</translation>
    </message>
    <message>
        <source>%1 was written by a newer TrialBench (store schema version %2, this build reads up to %3); refusing to open it and leaving it untouched. Upgrade TrialBench to use it (if no newer TrialBench ever wrote it, its header is damaged: `sqlite3 %4 &apos;PRAGMA integrity_check&apos;` tells).</source>
        <translation>%1 wurde von einem neueren TrialBench geschrieben (Speicher-Schemaversion %2, diese Version liest bis %3); die Datei wird nicht geöffnet und bleibt unverändert. Aktualisieren Sie TrialBench, um sie zu verwenden (hat nie ein neueres TrialBench sie geschrieben, ist ihr Kopf beschädigt: `sqlite3 %4 &apos;PRAGMA integrity_check&apos;` zeigt es).</translation>
    </message>
    <message>
        <source>store %1 is damaged (%2); nothing was read from it or written to it. Keep a copy, then recover what is readable into a new store with `%3` and use --db %4.</source>
        <translation>Speicher %1 ist beschädigt (%2); nichts wurde aus ihm gelesen oder in ihn geschrieben. Behalten Sie eine Kopie, retten Sie dann das Lesbare mit `%3` in einen neuen Speicher und verwenden Sie --db %4.</translation>
    </message>
    <message>
        <source>its header&apos;s schema version reads %1, which no TrialBench writes (this build writes %2): the header is damaged</source>
        <translation>ihr Kopf nennt die Schemaversion %1, die kein TrialBench schreibt (diese Version schreibt %2): der Kopf ist beschädigt</translation>
    </message>
    <message>
        <source>%1 is a folder, not a TrialBench store file</source>
        <translation>%1 ist ein Ordner, keine TrialBench-Speicherdatei</translation>
    </message>
    <message>
        <source>%1 is %2, not a TrialBench store file: a store must be a regular file (use --db PATH or TRIALBENCH_DB); nothing was created or written</source>
        <translation>%1 ist %2, keine TrialBench-Speicherdatei: Ein Speicher muss eine reguläre Datei sein (verwenden Sie --db PATH oder TRIALBENCH_DB); nichts wurde angelegt oder geschrieben</translation>
    </message>
    <message>
        <source>the %1 file of the SQLite database %2</source>
        <translation>die %1-Datei der SQLite-Datenbank %2</translation>
    </message>
    <message>
        <source>there is no TrialBench store at %1</source>
        <translation>unter %1 gibt es keinen TrialBench-Speicher</translation>
    </message>
    <message>
        <source>there is no TrialBench store at %1 (it is an empty file; nothing was read from it or written to it)</source>
        <translation>unter %1 gibt es keinen TrialBench-Speicher (es ist eine leere Datei; nichts wurde aus ihr gelesen oder in sie geschrieben)</translation>
    </message>
    <message>
        <source>there is no TrialBench store at %1 (an empty SQLite database; nothing was written to it)</source>
        <translation>unter %1 gibt es keinen TrialBench-Speicher (eine leere SQLite-Datenbank; nichts wurde in sie geschrieben)</translation>
    </message>
    <message>
        <source>there is no TrialBench store at %1 (an empty SQLite database)</source>
        <translation>unter %1 gibt es keinen TrialBench-Speicher (eine leere SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for store %2: %3 (use --db PATH or TRIALBENCH_DB for another location)</source>
        <translation>Der Ordner %1 für den Speicher %2 kann nicht angelegt werden: %3 (verwenden Sie --db PATH oder TRIALBENCH_DB für einen anderen Ort)</translation>
    </message>
    <message>
        <source>store %1 is read-only (check the permissions of the file and its folder, or use --db PATH or TRIALBENCH_DB for another location)</source>
        <translation>Speicher %1 ist schreibgeschützt (prüfen Sie die Rechte der Datei und ihres Ordners, oder verwenden Sie --db PATH oder TRIALBENCH_DB für einen anderen Ort)</translation>
    </message>
    <message>
        <source>store %1 has schema version %2 and needs an upgrade: open it once read-write</source>
        <translation>Speicher %1 hat Schemaversion %2 und muss aktualisiert werden: öffnen Sie ihn einmal mit Schreibzugriff</translation>
    </message>
    <message>
        <source>store %1 cannot use write-ahead logging (is it on a network drive?)</source>
        <translation>Speicher %1 kann kein Write-Ahead-Logging verwenden (liegt er auf einem Netzlaufwerk?)</translation>
    </message>
    <message>
        <source>store %1 is open read-only: cannot record runs</source>
        <translation>Speicher %1 ist schreibgeschützt geöffnet: Läufe können nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <source>no experiment %1 in %2</source>
        <translation>kein Experiment %1 in %2</translation>
    </message>
    <message>
        <source>store full; %1 of %2 checkpoints kept</source>
        <translation>Speicher voll; %1 von %2 Checkpoints behalten</translation>
    </message>
    <message>
        <source>store write failed; %1 of %2 checkpoints kept</source>
        <translation>Schreiben in den Speicher fehlgeschlagen; %1 von %2 Checkpoints behalten</translation>
    </message>
    <message>
        <source>SQLite has no file system layer</source>
        <translation>SQLite hat keine Dateisystemschicht</translation>
    </message>
    <message>
        <source>cannot resolve its full path</source>
        <translation>sein vollständiger Pfad lässt sich nicht ermitteln</translation>
    </message>
    <message>
        <source>its header&apos;s payload fractions are not SQLite&apos;s</source>
        <translation>die Nutzlastanteile in ihrem Kopf sind nicht die von SQLite</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>ein zeichenorientiertes Gerät</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ein Blockgerät</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>eine benannte Pipe</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>sie ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>it is marked as a TrialBench store but has no schema version</source>
        <translation>sie ist als TrialBench-Speicher markiert, hat aber keine Schemaversion</translation>
    </message>
    <message>
        <source>no store file given (an empty path)</source>
        <translation>keine Speicherdatei angegeben (ein leerer Pfad)</translation>
    </message>
    <message>
        <source>an SQLite database (a TrialBench store?)</source>
        <translation>eine SQLite-Datenbank (ein TrialBench-Speicher?)</translation>
    </message>
    <message>
        <source>it ends before the end of its 100-byte header</source>
        <translation>sie endet vor dem Ende ihres 100-Byte-Kopfes</translation>
    </message>
    <message>
        <source>database or disk is full</source>
        <translation>Datenbank oder Datenträger ist voll</translation>
    </message>
    <message>
        <source>database is locked</source>
        <translation>die Datenbank ist gesperrt</translation>
    </message>
    <message>
        <source>database table is locked</source>
        <translation>eine Datenbanktabelle ist gesperrt</translation>
    </message>
    <message>
        <source>attempt to write a readonly database</source>
        <translation>Schreibversuch in eine schreibgeschützte Datenbank</translation>
    </message>
    <message>
        <source>unable to open database file</source>
        <translation>die Datenbankdatei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>disk I/O error</source>
        <translation>Ein-/Ausgabefehler des Datenträgers</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <translation>die Datei ist keine Datenbank</translation>
    </message>
    <message>
        <source>database disk image is malformed</source>
        <translation>das Datenbankabbild ist fehlerhaft</translation>
    </message>
    <message>
        <source>access permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot open the file for reading: %1</source>
        <translation>die Datei kann nicht zum Lesen geöffnet werden: %1</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the file is %1; %2 are limited to %3</source>
        <translation>die Datei ist %1 groß; %2 sind auf %3 begrenzt</translation>
    </message>
    <message>
        <source>the line is longer than %1; this is not a data file</source>
        <translation>die Zeile ist länger als %1; das ist keine Datendatei</translation>
    </message>
    <message>
        <source>field %1 opens a quote that is not closed on its line (a field cannot span lines)</source>
        <translation>Feld %1 öffnet ein Anführungszeichen, das in seiner Zeile nicht geschlossen wird (ein Feld kann nicht über mehrere Zeilen gehen)</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1</source>
        <translation>Text nach dem schließenden Anführungszeichen von Feld %1</translation>
    </message>
    <message>
        <source>field %1 has a quote inside an unquoted field (quote the whole field and double the quote)</source>
        <translation>Feld %1 enthält ein Anführungszeichen in einem Feld ohne Anführungszeichen (setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Zeichen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the header %1: %2</source>
        <translation>die Kopfzeile %1: %2</translation>
    </message>
    <message>
        <source>the header names the column %1 twice (fields %2 and %3)</source>
        <translation>die Kopfzeile nennt die Spalte %1 zweimal (Felder %2 und %3)</translation>
    </message>
    <message>
        <source>%1: has %2 fields; the header (line %3) has %4</source>
        <translation>%1: hat %2 Felder; die Kopfzeile (Zeile %3) hat %4</translation>
    </message>
    <message>
        <source>stopped reading after %1 problems</source>
        <translation>Lesen nach %1 Problemen abgebrochen</translation>
    </message>
    <message>
        <source>%1: is empty; expected a non-negative integer failure count or &gt;=N</source>
        <translation>%1: ist leer; erwartet wird eine nicht negative ganze Zahl von Fehlversuchen oder &gt;=N</translation>
    </message>
    <message>
        <source>%1: expected a non-negative integer failure count or &gt;=N</source>
        <translation>%1: erwartet wird eine nicht negative ganze Zahl von Fehlversuchen oder &gt;=N</translation>
    </message>
    <message>
        <source>%1: expected a non-negative integer failure count or &gt;=N (one per line; a CSV file needs a header line and the column named)</source>
        <translation>%1: erwartet wird eine nicht negative ganze Zahl von Fehlversuchen oder &gt;=N (eine pro Zeile; eine CSV-Datei braucht eine Kopfzeile und die Angabe der Spalte)</translation>
    </message>
    <message>
        <source>%1: a negative count is how the notebooks mark &quot;not found&quot; (the correct answer was not among the candidates searched); write it as &gt;=CAP, CAP being the number of candidates searched (K is at least that), or leave it out knowingly</source>
        <translation>%1: Eine negative Zahl ist die Markierung der Notebooks für „nicht gefunden“ (die richtige Antwort war nicht unter den durchsuchten Kandidaten); schreiben Sie sie als &gt;=CAP, wobei CAP die Zahl der durchsuchten Kandidaten ist (K ist mindestens so groß), oder lassen Sie sie bewusst weg</translation>
    </message>
    <message>
        <source>%1: is beyond the largest count, %2</source>
        <translation>%1: ist größer als die größte Anzahl, %2</translation>
    </message>
    <message>
        <source>the file starts with a CSV header (columns %1); name the column of failure counts</source>
        <translation>die Datei beginnt mit einer CSV-Kopfzeile (Spalten %1); nennen Sie die Spalte mit den Fehlversuchszahlen</translation>
    </message>
    <message>
        <source>no column %1 in the header; its columns are %2</source>
        <translation>keine Spalte %1 in der Kopfzeile; ihre Spalten sind %2</translation>
    </message>
    <message>
        <source>the file is empty; expected a CSV header naming the columns %1 and %2, then one (size, decay rate) pair per line</source>
        <translation>die Datei ist leer; erwartet wird eine CSV-Kopfzeile mit den Spalten %1 und %2, dann ein Paar (Größe, Abklingrate) pro Zeile</translation>
    </message>
    <message>
        <source>the file has only comments and blank lines; expected a CSV header naming the columns %1 and %2, then one (size, decay rate) pair per line</source>
        <translation>die Datei enthält nur Kommentare und Leerzeilen; erwartet wird eine CSV-Kopfzeile mit den Spalten %1 und %2, dann ein Paar (Größe, Abklingrate) pro Zeile</translation>
    </message>
    <message>
        <source>no column %1 (%2) in the header; its columns are %3</source>
        <translation>keine Spalte %1 (%2) in der Kopfzeile; ihre Spalten sind %3</translation>
    </message>
    <message>
        <source>%1: %2 is empty (expected %3)</source>
        <translation>%1: %2 ist leer (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1: %2 is outside the range of a double (expected %3)</source>
        <translation>%1: %2 liegt außerhalb des Bereichs einer double-Zahl (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1: %2 is not a number (expected %3)</source>
        <translation>%1: %2 ist keine Zahl (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1: %2 is not a finite number (expected %3)</source>
        <translation>%1: %2 ist keine endliche Zahl (erwartet: %3)</translation>
    </message>
    <message>
        <source>%1: %2 is not positive (expected %3; its logarithm is fitted)</source>
        <translation>%1: %2 ist nicht positiv (erwartet: %3; angepasst wird der Logarithmus)</translation>
    </message>
    <message>
        <source>%1: %2 is longer than %3 bytes (a label is a model name)</source>
        <translation>%1: %2 ist länger als %3 Byte (ein Label ist ein Modellname)</translation>
    </message>
    <message>
        <source>no data: the header (line %1) is followed by no (size, decay rate) pair</source>
        <translation>keine Daten: auf die Kopfzeile (Zeile %1) folgt kein Paar (Größe, Abklingrate)</translation>
    </message>
    <message>
        <source>the label filter %1 is not a valid ECMAScript regular expression (%2)</source>
        <translation>der Label-Filter %1 ist kein gültiger regulärer ECMAScript-Ausdruck (%2)</translation>
    </message>
    <message>
        <source>the label filter %1 needs labels, and these points have none (name the label column)</source>
        <translation>der Label-Filter %1 braucht Labels, und diese Punkte haben keine (nennen Sie die Label-Spalte)</translation>
    </message>
    <message>
        <source>no label matches the filter %1 (matched from the start of each label)</source>
        <translation>kein Label passt zum Filter %1 (verglichen ab dem Anfang jedes Labels)</translation>
    </message>
    <message>
        <source>the fit needs at least two points with different model sizes (got %1 point)</source>
        <translation>die Anpassung braucht mindestens zwei Punkte mit verschiedenen Modellgrößen (erhalten: %1 Punkt)</translation>
    </message>
    <message>
        <source>the fit needs at least two points with different model sizes (got %1 points)</source>
        <translation>die Anpassung braucht mindestens zwei Punkte mit verschiedenen Modellgrößen (erhalten: %1 Punkte)</translation>
    </message>
    <message>
        <source>the fit needs at least two points with different model sizes (got %1 points, all of one size)</source>
        <translation>die Anpassung braucht mindestens zwei Punkte mit verschiedenen Modellgrößen (erhalten: %1 Punkte, alle von einer Größe)</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Keine Berechtigung</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>is a folder, not a data file</source>
        <translation>ist ein Ordner, keine Datendatei</translation>
    </message>
    <message>
        <source>is not a regular file (a device, FIFO or socket); give a data file</source>
        <translation>ist keine reguläre Datei (ein Gerät, FIFO oder Socket); geben Sie eine Datendatei an</translation>
    </message>
    <message>
        <source>cannot read the file (an input/output error)</source>
        <translation>die Datei kann nicht gelesen werden (ein Ein-/Ausgabefehler)</translation>
    </message>
    <message>
        <source>failure-count files</source>
        <translation>Dateien mit Fehlversuchszahlen</translation>
    </message>
    <message>
        <source>scaling (size, decay rate) files</source>
        <translation>Skalierungsdateien (Größe, Abklingrate)</translation>
    </message>
    <message>
        <source>must be &gt;= 1 (or 0 for no cap)</source>
        <translation>muss &gt;= 1 sein (oder 0 für keine Obergrenze)</translation>
    </message>
    <message>
        <source>the file is empty: no failure counts</source>
        <translation>die Datei ist leer: keine Fehlversuchszahlen</translation>
    </message>
    <message>
        <source>no failure counts: only comments, blank lines</source>
        <translation>keine Fehlversuchszahlen: nur Kommentare, Leerzeilen</translation>
    </message>
    <message>
        <source>no failure counts: only comments, blank lines and a header</source>
        <translation>keine Fehlversuchszahlen: nur Kommentare, Leerzeilen und eine Kopfzeile</translation>
    </message>
    <message>
        <source>the model sizes</source>
        <translation>die Modellgrößen</translation>
    </message>
    <message>
        <source>the decay rates</source>
        <translation>die Abklingraten</translation>
    </message>
    <message>
        <source>the labels</source>
        <translation>die Labels</translation>
    </message>
    <message>
        <source>a model size in parameters such as 3.56e8, &gt; 0</source>
        <translation>eine Modellgröße in Parametern wie 3.56e8, &gt; 0</translation>
    </message>
    <message>
        <source>a decay rate such as 1.333, &gt; 0</source>
        <translation>eine Abklingrate wie 1.333, &gt; 0</translation>
    </message>
    <message>
        <source>give at least one decay rate</source>
        <translation>geben Sie mindestens eine Abklingrate an</translation>
    </message>
    <message>
        <source>a decay rate must be finite and &gt; 0</source>
        <translation>eine Abklingrate muss endlich und &gt; 0 sein</translation>
    </message>
    <message>
        <source>must be &gt;= 0</source>
        <translation>muss &gt;= 0 sein</translation>
    </message>
    <message>
        <source>must be &gt;= 2</source>
        <translation>muss &gt;= 2 sein</translation>
    </message>
    <message>
        <source>must be finite and &gt; 0</source>
        <translation>muss endlich und &gt; 0 sein</translation>
    </message>
    <message>
        <source>must be finite</source>
        <translation>muss endlich sein</translation>
    </message>
    <message>
        <source>bootstrap: 1000 resamples in a row had a single size</source>
        <translation>Bootstrap: 1000 Stichproben in Folge hatten nur eine Größe</translation>
    </message>
    <message>
        <source>the line&apos;s log10 c and b must be finite numbers</source>
        <translation>log10 c und b der Geraden müssen endliche Zahlen sein</translation>
    </message>
    <message>
        <source>the value %1 gives a config that is not valid: %2</source>
        <translation>der Wert %1 ergibt eine ungültige Konfiguration: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Series metric of this kind (one of: %2)</source>
        <translation>&apos;%1&apos; ist keine Verlaufsmetrik dieser Art (eine von: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a JSON path (keys joined by dots, indices in brackets: policies[0].epsilon)</source>
        <translation>&apos;%1&apos; ist kein JSON-Pfad (Schlüssel durch Punkte verbunden, Indizes in Klammern: policies[0].epsilon)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; names no value of this config (a parameter that is not set, an index past the end, or an unknown key)</source>
        <translation>&apos;%1&apos; bezeichnet keinen Wert dieser Konfiguration (ein nicht gesetzter Parameter, ein Index hinter dem Ende oder ein unbekannter Schlüssel)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number: only numeric parameters can be swept</source>
        <translation>&apos;%1&apos; ist keine Zahl: nur numerische Parameter können durchlaufen werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be swept: every cell of a sweep runs the same replicates</source>
        <translation>&apos;%1&apos; kann nicht durchlaufen werden: jede Zelle eines Sweeps läuft mit denselben Wiederholungen</translation>
    </message>
    <message>
        <source>%1 cells; a sweep has at most %2 (e.g. two axes of 100 values)</source>
        <translation>%1 Zellen; ein Sweep hat höchstens %2 (z. B. zwei Achsen mit je 100 Werten)</translation>
    </message>
    <message>
        <source>the whole sweep (%1 cells) %2</source>
        <translation>der ganze Sweep (%1 Zellen) %2</translation>
    </message>
    <message>
        <source>%1 cells, each a run of the config</source>
        <translation>%1 Zellen, jede ein Lauf der Konfiguration</translation>
    </message>
    <message>
        <source>&apos;%1&apos; changes the checkpoint grid (%2 checkpoints up to step %3 in one cell, %4 up to step %5 in another); the cells of a sweep must share one grid</source>
        <translation>&apos;%1&apos; ändert das Messpunktraster (%2 Messpunkte bis Schritt %3 in einer Zelle, %4 bis Schritt %5 in einer anderen); die Zellen eines Sweeps müssen ein Raster teilen</translation>
    </message>
    <message>
        <source>Swept parameters</source>
        <translation>Durchlaufene Parameter</translation>
    </message>
    <message>
        <source>one or two parameters, each with values, a range or a number of seeds</source>
        <translation>ein oder zwei Parameter, jeweils mit Werten, einem Bereich oder einer Anzahl von Seeds</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>JSON path of a numeric parameter, e.g. policies[0].epsilon, environment.means[3] or seed</source>
        <translation>JSON-Pfad eines numerischen Parameters, z. B. policies[0].epsilon, environment.means[3] oder seed</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>the values to run, in order</source>
        <translation>die auszuführenden Werte, in dieser Reihenfolge</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>count values from `from` to `to`, both included, evenly spaced on a linear or log scale</source>
        <translation>count Werte von `from` bis `to`, beide eingeschlossen, gleichmäßig verteilt auf linearer oder logarithmischer Skala</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>first value</source>
        <translation>erster Wert</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>last value</source>
        <translation>letzter Wert</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>number of values, ends included</source>
        <translation>Anzahl der Werte, Enden eingeschlossen</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>linear: equal steps; log: equal ratios (from and to &gt; 0)</source>
        <translation>linear: gleiche Schritte; log: gleiche Verhältnisse (from und to &gt; 0)</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>run the sweep under this many seeds derived from the config&apos;s seed (no path: the axis is the seed)</source>
        <translation>den Sweep mit so vielen aus dem Seed der Konfiguration abgeleiteten Seeds ausführen (kein Pfad: die Achse ist der Seed)</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>the Series metric drawn against the swept parameters (default: the kind&apos;s headline metric)</source>
        <translation>die Verlaufsmetrik, die über den durchlaufenen Parametern gezeichnet wird (Standard: die Hauptmetrik der Art)</translation>
    </message>
    <message>
        <source>give exactly one of values, range or seeds</source>
        <translation>geben Sie genau eines von values, range oder seeds an</translation>
    </message>
    <message>
        <source>seeds sweep the seed: leave out the path, or write &quot;seed&quot;</source>
        <translation>seeds durchläuft den Seed: lassen Sie den Pfad weg oder schreiben Sie &quot;seed&quot;</translation>
    </message>
    <message>
        <source>is required with values or a range</source>
        <translation>ist bei values oder range erforderlich</translation>
    </message>
    <message>
        <source>a log range needs from &gt; 0 and to &gt; 0</source>
        <translation>ein logarithmischer Bereich braucht from &gt; 0 und to &gt; 0</translation>
    </message>
    <message>
        <source>sweeps the same parameter as parameters[0]</source>
        <translation>durchläuft denselben Parameter wie parameters[0]</translation>
    </message>
    <message>
        <source>only one axis can be seeds</source>
        <translation>nur eine Achse kann Seeds sein</translation>
    </message>
    <message>
        <source>read the cells of a sweep</source>
        <translation>die Zellen eines Sweeps lesen</translation>
    </message>
    <message>
        <source>record the end of a sweep</source>
        <translation>das Ende eines Sweeps speichern</translation>
    </message>
    <message>
        <source>record the cells of a sweep</source>
        <translation>die Zellen eines Sweeps speichern</translation>
    </message>
    <message>
        <source>clear a sweep cell</source>
        <translation>eine Sweep-Zelle leeren</translation>
    </message>
    <message>
        <source>read a sweep</source>
        <translation>einen Sweep lesen</translation>
    </message>
    <message>
        <source>record the best run of a sweep</source>
        <translation>den besten Lauf eines Sweeps speichern</translation>
    </message>
    <message>
        <source>record the end of a sweep cell</source>
        <translation>das Ende einer Sweep-Zelle speichern</translation>
    </message>
    <message>
        <source>take over a sweep</source>
        <translation>einen Sweep übernehmen</translation>
    </message>
    <message>
        <source>clear unfinished sweep cells</source>
        <translation>unfertige Sweep-Zellen leeren</translation>
    </message>
    <message>
        <source>sweep cell %1 has %2 checkpoints up to step %3, the sweep&apos;s first cell %4 up to step %5: the swept parameter changes the checkpoint grid, which the cells of a sweep must share</source>
        <translation>Sweep-Zelle %1 hat %2 Messpunkte bis Schritt %3, die erste Zelle des Sweeps %4 bis Schritt %5: der durchlaufene Parameter ändert das Messpunktraster, das die Zellen eines Sweeps teilen müssen</translation>
    </message>
    <message>
        <source>sweep cell %1 compares %2 variants, the sweep&apos;s first cell %3: the cells of a sweep must compare the same variants</source>
        <translation>Sweep-Zelle %1 vergleicht %2 Varianten, die erste Zelle des Sweeps %3: die Zellen eines Sweeps müssen dieselben Varianten vergleichen</translation>
    </message>
    <message>
        <source>experiment %1 in %2 is not a sweep</source>
        <translation>Experiment %1 in %2 ist kein Sweep</translation>
    </message>
    <message>
        <source>sweep %1 is still running (written by pid %2 on %3); stop it before resuming it</source>
        <translation>Sweep %1 läuft noch (geschrieben von PID %2 auf %3); halten Sie ihn an, bevor Sie ihn fortsetzen</translation>
    </message>
    <message>
        <source>stopped in cell %1: %2; %3 cells finished and are kept; `trialbench-cli sweep --resume %4` runs the others</source>
        <translation>angehalten in Zelle %1: %2; %3 Zellen sind fertig und bleiben erhalten; `trialbench-cli sweep --resume %4` führt die übrigen aus</translation>
    </message>
    <message>
        <source>cell %1 failed: %2; %3 cells finished and are kept</source>
        <translation>Zelle %1 fehlgeschlagen: %2; %3 Zellen sind fertig und bleiben erhalten</translation>
    </message>
    <message>
        <source>sweep %1 is complete: every cell finished, nothing to resume</source>
        <translation>Sweep %1 ist vollständig: jede Zelle ist fertig, nichts fortzusetzen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>is required: a sweep config carries a &quot;sweep&quot; block</source>
        <translation>ist erforderlich: eine Sweep-Konfiguration hat einen &quot;sweep&quot;-Block</translation>
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
    <message>
        <source>is an SQLite database (a TrialBench store?), not a config; open stores with File &gt; Open store</source>
        <translation>ist eine SQLite-Datenbank (ein TrialBench-Speicher?), keine Konfiguration; Speicher öffnen Sie mit Datei &gt; Speicher öffnen</translation>
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
    <name>tb::gui::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;System (%1)</source>
        <translation>&amp;System (%1)</translation>
    </message>
</context>
<context>
    <name>tb::gui::LessonPanel</name>
    <message>
        <source>Try this</source>
        <translation>Probieren Sie das</translation>
    </message>
    <message>
        <source>Back to the lesson&apos;s experiment</source>
        <translation>Zurück zum Experiment der Lektion</translation>
    </message>
    <message>
        <source>Load the lesson&apos;s own config again and run it</source>
        <translation>Die Konfiguration der Lektion erneut laden und starten</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Lektion: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Apply this change to the form and run it:
%1</source>
        <translation>Diese Änderung ins Formular übernehmen und starten:
%1</translation>
    </message>
    <message>
        <source>Show prediction</source>
        <translation>Vorhersage zeigen</translation>
    </message>
    <message>
        <source>Hide prediction</source>
        <translation>Vorhersage ausblenden</translation>
    </message>
    <message>
        <source>Lesson: %1, try %2</source>
        <translation>Lektion: %1, Versuch %2</translation>
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
        <translation>Die Skalierungsprognose des Überlebensspiels: Abklingrate über der Modellgröße, das angepasste Potenzgesetz und die Größen, bei denen es die Stufen Fähig und Autonom erreicht</translation>
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
    <message>
        <source>TrialBench config (*.trialbench.json *.json);;All files (*)</source>
        <translation>TrialBench-Konfiguration (*.trialbench.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>&amp;Lektion öffnen …</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>Lektion öffnen</translation>
    </message>
    <message>
        <source>TrialBench lesson (*.json);;All files (*)</source>
        <translation>TrialBench-Lektion (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>TrialBench config (*.trialbench.json);;JSON config (*.json)</source>
        <translation>TrialBench-Konfiguration (*.trialbench.json);;JSON-Konfiguration (*.json)</translation>
    </message>
    <message>
        <source>Copy as &amp;command</source>
        <translation>Als Befehl k&amp;opieren</translation>
    </message>
    <message>
        <source>The trialbench-cli command for this config is on the clipboard.</source>
        <translation>Der trialbench-cli-Befehl für diese Konfiguration liegt in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Copy the trialbench-cli run line that runs this config into the same store</source>
        <translation>Die trialbench-cli-Befehlszeile kopieren, die diese Konfiguration in denselben Speicher ausführt</translation>
    </message>
    <message>
        <source>S&amp;tep mode (bandits)…</source>
        <translation>Sc&amp;hrittmodus (Banditen) …</translation>
    </message>
    <message>
        <source>Play one policy of the form&apos;s bandit config a pull at a time, see why it chose each arm, and drag the arms&apos; true means during the run</source>
        <translation>Eine Strategie der Bandit-Konfiguration des Formulars Ziehung für Ziehung spielen, sehen, warum sie jeden Arm gewählt hat, und die wahren Mittelwerte der Arme während des Laufs verschieben</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System (dark)</source>
        <translation>&amp;System (dunkel)</translation>
    </message>
    <message>
        <source>&amp;System (light)</source>
        <translation>&amp;System (hell)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, large fonts and thick lines for a classroom or a talk</source>
        <translation>Vollbild, große Schrift und dicke Linien für den Unterricht oder einen Vortrag</translation>
    </message>
    <message>
        <source>&amp;Hide controls</source>
        <translation>Bedienelemente &amp;ausblenden</translation>
    </message>
    <message>
        <source>Only the plots (and the lesson): hide the experiment panel, the run browser and the status bar</source>
        <translation>Nur die Grafiken (und die Lektion): Experiment-Bereich, Lauf-Übersicht und Statusleiste ausblenden</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>Le&amp;ktionen</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson file(s) could not be loaded…</source>
        <translation>
            <numerusform>%n Lektionsdatei konnte nicht geladen werden …</numerusform>
            <numerusform>%n Lektionsdateien konnten nicht geladen werden …</numerusform>
        </translation>
    </message>
    <message>
        <source>Lessons not loaded</source>
        <translation>Nicht geladene Lektionen</translation>
    </message>
    <message>
        <source>Open lesson &amp;folder</source>
        <translation>Lektions&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Reload lessons</source>
        <translation>Lektionen &amp;neu laden</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>Die Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Lesson: %1</source>
        <translation>Lektion: %1</translation>
    </message>
    <message>
        <source>Cannot switch the language</source>
        <translation>Die Sprache kann nicht gewechselt werden</translation>
    </message>
    <message>
        <source>Step mode</source>
        <translation>Schrittmodus</translation>
    </message>
    <message>
        <source>Live &amp;tuning (sliders)</source>
        <translation>&amp;Live-Justierung (Schieberegler)</translation>
    </message>
    <message>
        <source>A slider under every number of the form; moving one runs the experiment again at once (not recorded; Run records)</source>
        <translation>Ein Schieberegler unter jeder Zahl des Formulars; wird einer bewegt, läuft das Experiment sofort erneut (nicht gespeichert; „Starten“ speichert)</translation>
    </message>
    <message>
        <source>Live tuning: each change runs again at once, without recording; Run records.</source>
        <translation>Live-Justierung: jede Änderung läuft sofort erneut, ohne Speichern; „Starten“ speichert.</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <source>Preview (%1)</source>
        <translation>Vorschau (%1)</translation>
    </message>
    <message>
        <source>S&amp;weep…</source>
        <translation>&amp;Sweep…</translation>
    </message>
    <message>
        <source>Run the config over a range of one or two parameters and plot the result against them</source>
        <translation>Die Konfiguration über einen Bereich von ein oder zwei Parametern ausführen und das Ergebnis darüber zeichnen</translation>
    </message>
    <message>
        <source>Cannot show the sweep</source>
        <translation>Der Sweep kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Cannot run the sweep</source>
        <translation>Der Sweep kann nicht ausgeführt werden</translation>
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
    <message>
        <source>%1 · computing the full result…</source>
        <translation>%1 · das vollständige Ergebnis wird berechnet …</translation>
    </message>
    <message>
        <source>%1 · computing the full result: %2%</source>
        <translation>%1 · vollständiges Ergebnis: %2 %</translation>
    </message>
    <message>
        <source>%1 · checkpoint %2 of %3</source>
        <translation>%1 · Messpunkt %2 von %3</translation>
    </message>
    <message>
        <source>The runs of #%1 compared with each other</source>
        <translation>Die Läufe von #%1 untereinander verglichen</translation>
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
    <name>tb::gui::SweepDialog</name>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Run the config once per value (or pair of values) of one or two parameters, each run with its own seed, and plot the final %1 against them. The sweep is stored as one experiment whose runs are the cells&apos; runs.</source>
        <translation>Die Konfiguration einmal pro Wert (oder Wertepaar) von ein oder zwei Parametern ausführen, jeden Lauf mit eigenem Seed, und den Endwert von %1 darüber zeichnen. Der Sweep wird als ein Experiment gespeichert, dessen Läufe die Läufe der Zellen sind.</translation>
    </message>
    <message>
        <source>Run sweep</source>
        <translation>Sweep ausführen</translation>
    </message>
    <message>
        <source>First parameter</source>
        <translation>Erster Parameter</translation>
    </message>
    <message>
        <source>Second parameter (optional)</source>
        <translation>Zweiter Parameter (optional)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Seeds: repeat every value under several seeds</source>
        <translation>Seeds: jeden Wert mit mehreren Seeds wiederholen</translation>
    </message>
    <message>
        <source>A numeric parameter of the config, by its JSON path</source>
        <translation>Ein numerischer Parameter der Konfiguration, über seinen JSON-Pfad</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>List of values</source>
        <translation>Liste von Werten</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>linear</translation>
    </message>
    <message>
        <source>log</source>
        <translation>log</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>e.g. 0.01, 0.05, 0.1</source>
        <translation>z. B. 0.01, 0.05, 0.1</translation>
    </message>
    <message>
        <source> seeds</source>
        <translation> Seeds</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) × %1 replicates; about %2 on this machine</source>
        <translation>
            <numerusform>%n Zelle × %1 Wiederholungen; etwa %2 auf diesem Rechner</numerusform>
            <numerusform>%n Zellen × %1 Wiederholungen; etwa %2 auf diesem Rechner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::gui::SweepWindow</name>
    <message>
        <source>%v of %m cells</source>
        <translation>%v von %m Zellen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the cell under way; the finished cells are kept and the sweep can be resumed</source>
        <translation>Die laufende Zelle anhalten; fertige Zellen bleiben erhalten, und der Sweep kann fortgesetzt werden</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Run the cells this sweep has not finished</source>
        <translation>Die Zellen ausführen, die dieser Sweep nicht beendet hat</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Sweep — %1</source>
        <translation>Sweep — %1</translation>
    </message>
    <message>
        <source>Sweep #%1 — %2</source>
        <translation>Sweep Nr. %1 — %2</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cell %1 of %2 (%3), %4 %5/s</source>
        <translation>Zelle %1 von %2 (%3), %4 %5/s</translation>
    </message>
    <message numerus="yes">
        <source>Finished: %n cell(s) in %1 s</source>
        <translation>
            <numerusform>Fertig: %n Zelle in %1 s</numerusform>
            <numerusform>Fertig: %n Zellen in %1 s</numerusform>
        </translation>
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
    <name>tb::ui::ArmView</name>
    <message>
        <source>arm %1</source>
        <translation>Arm %1</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <source>N = %1</source>
        <translation>N = %1</translation>
    </message>
    <message>
        <source>mean %1</source>
        <translation>Mittelwert %1</translation>
    </message>
    <message>
        <source>true ?</source>
        <translation>wahr ?</translation>
    </message>
    <message>
        <source>true %1</source>
        <translation>wahr %1</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>sample %1</source>
        <translation>Stichprobe %1</translation>
    </message>
    <message>
        <source>sample (%1)</source>
        <translation>Stichprobe (%1)</translation>
    </message>
    <message>
        <source>P = %1</source>
        <translation>P = %1</translation>
    </message>
    <message>
        <source>reward %1</source>
        <translation>Belohnung %1</translation>
    </message>
    <message>
        <source>Press Step to pull one arm, or Play.</source>
        <translation>Drücken Sie „Schritt“, um einen Arm zu ziehen, oder „Abspielen“.</translation>
    </message>
    <message>
        <source>dashed line: true mean (drag it to change the arm)</source>
        <translation>gestrichelte Linie: wahrer Mittelwert (ziehen, um den Arm zu ändern)</translation>
    </message>
    <message>
        <source>dot: the policy&apos;s mean of the arm · bar: its interval, up to the index · diamond: the index</source>
        <translation>Punkt: der Mittelwert des Arms für die Strategie · Balken: sein Intervall bis zum Index · Raute: der Index</translation>
    </message>
    <message>
        <source>dot: the empirical mean the greedy choice compares</source>
        <translation>Punkt: der empirische Mittelwert, den die gierige Wahl vergleicht</translation>
    </message>
    <message>
        <source>P: the probability of each arm this round</source>
        <translation>P: die Wahrscheinlichkeit jedes Arms in dieser Runde</translation>
    </message>
    <message>
        <source>dot: the empirical mean</source>
        <translation>Punkt: der empirische Mittelwert</translation>
    </message>
    <message>
        <source>N: pulls so far</source>
        <translation>N: bisherige Ziehungen</translation>
    </message>
    <message>
        <source>shape: the posterior of the arm&apos;s mean · dot: the empirical mean · diamond: this round&apos;s sample</source>
        <translation>Form: die A-posteriori-Verteilung des Mittelwerts des Arms · Punkt: der empirische Mittelwert · Raute: die Stichprobe dieser Runde</translation>
    </message>
    <message>
        <source>shape: the posterior of the arm&apos;s mean · dot: the empirical mean · diamond: this round&apos;s sample (hollow: only known to be below the best draw, shown as a draw from the posterior below it)</source>
        <translation>Form: die A-posteriori-Verteilung des Mittelwerts des Arms · Punkt: der empirische Mittelwert · Raute: die Stichprobe dieser Runde (hohl: nur als kleiner als der beste Zug bekannt, gezeigt als Zug aus der A-posteriori-Verteilung unterhalb davon)</translation>
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
    <message>
        <source>Curves</source>
        <translation>Kurven</translation>
    </message>
    <message>
        <source>Statistical tests</source>
        <translation>Statistische Tests</translation>
    </message>
    <message>
        <source>The chosen metric over the steps, one line and band per run</source>
        <translation>Die gewählte Kennzahl über die Schritte, eine Linie mit Band je Lauf</translation>
    </message>
    <message>
        <source>Is one run better than another? Welch and Mann–Whitney tests on every replicate&apos;s final value of the chosen metric, with effect sizes and a verdict per pair</source>
        <translation>Ist ein Lauf besser als ein anderer? Welch- und Mann-Whitney-Tests auf den Endwert jeder Wiederholung in der gewählten Kennzahl, mit Effektstärken und einem Urteil je Paar</translation>
    </message>
    <message numerus="yes">
        <source>Comparing the %n run(s) of #%1 %2</source>
        <translation>
            <numerusform>Vergleich des %n Laufs von #%1 %2</numerusform>
            <numerusform>Vergleich der %n Läufe von #%1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Estimates</source>
        <translation>Schätzwerte</translation>
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
        <translation>Begrenzt (a ≤ 2)</translation>
    </message>
    <message>
        <source>Capable (2 &lt; a ≤ 3)</source>
        <translation>Fähig (2 &lt; a ≤ 3)</translation>
    </message>
    <message>
        <source>Autonomous (a &gt; 3)</source>
        <translation>Autonom (a &gt; 3)</translation>
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
        <translation>Begrenzt</translation>
    </message>
    <message>
        <source>Capable</source>
        <translation>Fähig</translation>
    </message>
    <message>
        <source>Autonomous</source>
        <translation>Autonom</translation>
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
    <message>
        <source>Compare runs statistically</source>
        <translation>Läufe statistisch vergleichen</translation>
    </message>
    <message>
        <source>Test whether one run is better than another on every replicate&apos;s final value (Welch and Mann–Whitney tests, effect sizes), also the runs of one experiment</source>
        <translation>Testen, ob ein Lauf auf den Endwerten aller Wiederholungen besser ist als ein anderer (Welch- und Mann-Whitney-Tests, Effektstärken), auch die Läufe eines einzigen Experiments</translation>
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
    <name>tb::ui::StatisticsView</name>
    <message>
        <source>%1 [%2, %3]</source>
        <extracomment>A value and its confidence interval, &quot;0.12 [0.05, 0.2]&quot;; in languages whose decimal separator is a comma, separate the bounds otherwise.</extracomment>
        <translation>%1 [%2; %3]</translation>
    </message>
    <message>
        <source>Significance level α</source>
        <translation>Signifikanzniveau α</translation>
    </message>
    <message>
        <source>Family-wise error of the verdicts: the chance that any pair is called different when none is. Smaller α asks for stronger evidence.</source>
        <translation>Familienweiser Fehler der Urteile: die Wahrscheinlichkeit, dass irgendein Paar für verschieden erklärt wird, obwohl keines es ist. Ein kleineres α verlangt stärkere Belege.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Replicates</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>A compared run: experiment #id and the variant&apos;s label</source>
        <translation>Ein verglichener Lauf: Experiment #id und die Bezeichnung der Variante</translation>
    </message>
    <message>
        <source>Replicates with a final value (those without one are left out and counted as missing)</source>
        <translation>Wiederholungen mit einem Endwert (die ohne werden ausgelassen und als fehlend gezählt)</translation>
    </message>
    <message>
        <source>Mean of the replicates&apos; final values</source>
        <translation>Mittelwert der Endwerte der Wiederholungen</translation>
    </message>
    <message>
        <source>Standard deviation of the replicates&apos; final values (n − 1)</source>
        <translation>Standardabweichung der Endwerte der Wiederholungen (n − 1)</translation>
    </message>
    <message>
        <source>Why a run is left out of the comparison</source>
        <translation>Warum ein Lauf nicht verglichen wird</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>A − B [95% CI]</source>
        <translation>A − B [95%-KI]</translation>
    </message>
    <message>
        <source>Welch p</source>
        <translation>Welch-p</translation>
    </message>
    <message>
        <source>Holm</source>
        <translation>Holm</translation>
    </message>
    <message>
        <source>MWU p</source>
        <translation>MWU-p</translation>
    </message>
    <message>
        <source>Hedges&apos; g [95% CI]</source>
        <translation>Hedges g [95%-KI]</translation>
    </message>
    <message>
        <source>P(A &gt; B) [95% CI]</source>
        <translation>P(A &gt; B) [95%-KI]</translation>
    </message>
    <message>
        <source>The first run of the pair</source>
        <translation>Der erste Lauf des Paars</translation>
    </message>
    <message>
        <source>The second run of the pair</source>
        <translation>Der zweite Lauf des Paars</translation>
    </message>
    <message>
        <source>From Welch&apos;s test: “A better” or “B better” (by the metric&apos;s direction) when the Holm-adjusted Welch p is below α, else “equal”: no significant difference, which is not proof that the runs are equal. Hover a verdict for the Mann–Whitney test&apos;s</source>
        <translation>Aus dem Welch-Test: „A besser“ oder „B besser“ (nach der Richtung der Kennzahl), wenn das Holm-korrigierte Welch-p unter α liegt, sonst „gleich“: kein signifikanter Unterschied, was kein Beweis für die Gleichheit der Läufe ist. Für das Urteil des Mann-Whitney-Tests mit der Maus auf ein Urteil zeigen</translation>
    </message>
    <message>
        <source>Difference of the mean final values, A − B, with its 95% percentile bootstrap interval</source>
        <translation>Differenz der mittleren Endwerte, A − B, mit ihrem 95%-Perzentil-Bootstrap-Intervall</translation>
    </message>
    <message>
        <source>Welch&apos;s t-test (unequal variances), two-sided: the chance of a difference of means at least this large if the runs had equal means</source>
        <translation>Welchs t-Test (ungleiche Varianzen), zweiseitig: die Wahrscheinlichkeit einer mindestens so großen Differenz der Mittelwerte, wenn die Läufe gleiche Mittelwerte hätten</translation>
    </message>
    <message>
        <source>Welch p adjusted by Holm&apos;s step-down method over all pairs, so that the verdicts together keep the error at α; bold: below α</source>
        <translation>Welch-p, nach Holms schrittweisem Verfahren über alle Paare korrigiert, damit die Urteile zusammen den Fehler bei α halten; fett: unter α</translation>
    </message>
    <message>
        <source>Mann–Whitney U (rank-sum) test, two-sided: does one run tend to give larger values? Robust to outliers and heavy tails. Exact without ties up to %1 values; * marks the normal approximation</source>
        <translation>Mann-Whitney-U-Test (Rangsummentest), zweiseitig: Liefert ein Lauf tendenziell größere Werte? Robust gegen Ausreißer und schwere Ränder. Exakt ohne Bindungen bis %1 Werte; * kennzeichnet die Normalapproximation</translation>
    </message>
    <message>
        <source>Mann–Whitney p adjusted by Holm&apos;s method over all pairs; bold: below α</source>
        <translation>Mann-Whitney-p, nach Holms Verfahren über alle Paare korrigiert; fett: unter α</translation>
    </message>
    <message>
        <source>Hedges&apos; g: the difference of means in pooled standard deviations, corrected for small samples, with its 95% bootstrap interval (about 0.2 small, 0.5 medium, 0.8 large)</source>
        <translation>Hedges g: die Differenz der Mittelwerte in gepoolten Standardabweichungen, für kleine Stichproben korrigiert, mit ihrem 95%-Bootstrap-Intervall (etwa 0,2 klein, 0,5 mittel, 0,8 groß)</translation>
    </message>
    <message>
        <source>Probability of superiority: the chance that a replicate of A ends above one of B (ties count half), with its 95% bootstrap interval; 0.5: neither tends to be larger</source>
        <translation>Überlegenheitswahrscheinlichkeit: die Wahrscheinlichkeit, dass eine Wiederholung von A über einer von B endet (Gleichstände zählen halb), mit ihrem 95%-Bootstrap-Intervall; 0,5: keiner ist tendenziell größer</translation>
    </message>
    <message>
        <source>Final value of “%1” in each replicate; lower is better</source>
        <translation>Endwert von „%1“ in jeder Wiederholung; niedriger ist besser</translation>
    </message>
    <message>
        <source>Final value of “%1” in each replicate; higher is better</source>
        <translation>Endwert von „%1“ in jeder Wiederholung; höher ist besser</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n missing)</source>
        <translation>
            <numerusform>%1 (%n fehlt)</numerusform>
            <numerusform>%1 (%n fehlen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not compared: no final value</source>
        <translation>Nicht verglichen: kein Endwert</translation>
    </message>
    <message numerus="yes">
        <source>Not compared: %n final value(s), at least %1 needed</source>
        <translation>
            <numerusform>Nicht verglichen: %n Endwert, mindestens %1 nötig</numerusform>
            <numerusform>Nicht verglichen: %n Endwerte, mindestens %1 nötig</numerusform>
        </translation>
    </message>
    <message>
        <source>equal</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>A better</source>
        <translation>A besser</translation>
    </message>
    <message>
        <source>B better</source>
        <translation>B besser</translation>
    </message>
    <message>
        <source>%1 is better: its mean is lower (Holm-adjusted Welch p = %2 &lt; α = %3).</source>
        <translation>%1 ist besser: sein Mittelwert ist niedriger (Holm-korrigiertes Welch-p = %2 &lt; α = %3).</translation>
    </message>
    <message>
        <source>%1 is better: its mean is higher (Holm-adjusted Welch p = %2 &lt; α = %3).</source>
        <translation>%1 ist besser: sein Mittelwert ist höher (Holm-korrigiertes Welch-p = %2 &lt; α = %3).</translation>
    </message>
    <message>
        <source>No significant difference at α = %1 (Holm-adjusted Welch p = %2); this is not proof that the runs are equal.</source>
        <translation>Kein signifikanter Unterschied bei α = %1 (Holm-korrigiertes Welch-p = %2); das ist kein Beweis, dass die Läufe gleich sind.</translation>
    </message>
    <message>
        <source>The Mann–Whitney test agrees (Holm-adjusted p = %1).</source>
        <translation>Der Mann-Whitney-Test stimmt zu (Holm-korrigiertes p = %1).</translation>
    </message>
    <message>
        <source>The Mann–Whitney test says “%1” (Holm-adjusted p = %2): the rank test and the test of means disagree, look at the distributions.</source>
        <translation>Der Mann-Whitney-Test sagt „%1“ (Holm-korrigiertes p = %2): Rangtest und Mittelwerttest widersprechen sich, sehen Sie sich die Verteilungen an.</translation>
    </message>
    <message>
        <source>Exact p-value (U = %1)</source>
        <translation>Exakter p-Wert (U = %1)</translation>
    </message>
    <message>
        <source>Normal approximation (U = %1, z = %2)</source>
        <translation>Normalapproximation (U = %1, z = %2)</translation>
    </message>
    <message>
        <source>Computing the tests and bootstrap intervals…</source>
        <translation>Tests und Bootstrap-Intervalle werden berechnet …</translation>
    </message>
    <message>
        <source>Left out, fewer than %1 final values: %2.</source>
        <translation>Ausgelassen, weniger als %1 Endwerte: %2.</translation>
    </message>
    <message>
        <source>Nothing to compare: a comparison needs at least two runs with %1 final values or more.</source>
        <translation>Nichts zu vergleichen: Ein Vergleich braucht mindestens zwei Läufe mit %1 oder mehr Endwerten.</translation>
    </message>
    <message>
        <source>The runs&apos; final values are from different steps (%1 to %2): a stopped run is compared at the step it reached.</source>
        <translation>Die Endwerte der Läufe stammen aus verschiedenen Schritten (%1 bis %2): Ein angehaltener Lauf wird bei dem Schritt verglichen, den er erreicht hat.</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>Der Vergleich ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Verdict: Welch p, Holm-adjusted over %n pair(s), below α = %1, else equal (no significant difference). MWU p: exact, or * normal approximation (ties or over %2 values). Intervals: percentile bootstrap, %3 resamples, seed %4. Hover a column header for what it shows.</source>
        <translation>
            <numerusform>Urteil: Welch-p, Holm-korrigiert über %n Paar, unter α = %1, sonst gleich (kein signifikanter Unterschied). MWU-p: exakt oder * Normalapproximation (Bindungen oder über %2 Werte). Intervalle: Perzentil-Bootstrap, %3 Stichproben, Seed %4. Zeigen Sie auf einen Spaltenkopf, um zu sehen, was er zeigt.</numerusform>
            <numerusform>Urteil: Welch-p, Holm-korrigiert über %n Paare, unter α = %1, sonst gleich (kein signifikanter Unterschied). MWU-p: exakt oder * Normalapproximation (Bindungen oder über %2 Werte). Intervalle: Perzentil-Bootstrap, %3 Stichproben, Seed %4. Zeigen Sie auf einen Spaltenkopf, um zu sehen, was er zeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::ui::StepModePanel</name>
    <message>
        <source>full speed</source>
        <translation>volle Geschwindigkeit</translation>
    </message>
    <message>
        <source>1 pull/s</source>
        <translation>1 Ziehung/s</translation>
    </message>
    <message>
        <source>%1 pulls/s</source>
        <translation>%1 Ziehungen/s</translation>
    </message>
    <message>
        <source>The compared policy of the form&apos;s config that step mode plays</source>
        <translation>Die verglichene Strategie der Formular-Konfiguration, die der Schrittmodus spielt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Play one pull</source>
        <translation>Eine Ziehung spielen</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Play pulls at the chosen speed; press again to pause</source>
        <translation>Ziehungen mit der gewählten Geschwindigkeit spielen; erneut drücken zum Anhalten</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Start again from round 0 with the config&apos;s true means</source>
        <translation>Mit den wahren Mittelwerten der Konfiguration wieder bei Runde 0 beginnen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Pulls per second, on a log scale from 1 to full speed</source>
        <translation>Ziehungen pro Sekunde, auf einer logarithmischen Skala von 1 bis zur vollen Geschwindigkeit</translation>
    </message>
    <message>
        <source>900,000 pulls/s</source>
        <translation>900.000 Ziehungen/s</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Geschwindigkeit</translation>
    </message>
    <message>
        <source>Hide true means</source>
        <translation>Wahre Mittelwerte ausblenden</translation>
    </message>
    <message>
        <source>Hide the true means (and the regret, which would give them away): guess the best arm from what the policy sees</source>
        <translation>Die wahren Mittelwerte ausblenden (und den Regret, der sie verraten würde): den besten Arm aus dem erraten, was die Strategie sieht</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Cumulative regret</source>
        <translation>Kumulativer Regret</translation>
    </message>
    <message>
        <source>No config yet.</source>
        <translation>Noch keine Konfiguration.</translation>
    </message>
    <message>
        <source>Step mode plays bandit experiments, and the form holds a %1 experiment. Choose the bandit kind (the classic-10-arm preset, for example) to use it.</source>
        <translation>Der Schrittmodus spielt Bandit-Experimente, und das Formular enthält ein Experiment der Art %1. Wählen Sie die Art Bandit (zum Beispiel die Vorlage classic-10-arm), um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>non-bandit</source>
        <translation>Nicht-Bandit</translation>
    </message>
    <message>
        <source>The form&apos;s config has problems; step mode starts when they are fixed:
%1</source>
        <translation>Die Konfiguration des Formulars hat Fehler; der Schrittmodus beginnt, sobald sie behoben sind:
%1</translation>
    </message>
    <message>
        <source>Step plays one pull; Play plays them at the chosen speed. Drag an arm&apos;s dashed line to change its true mean during the run: the regret counts each pull against the means in force when it was made.</source>
        <translation>„Schritt“ spielt eine Ziehung, „Abspielen“ spielt sie mit der gewählten Geschwindigkeit. Ziehen Sie die gestrichelte Linie eines Arms, um seinen wahren Mittelwert während des Laufs zu ändern: Der Regret misst jede Ziehung an den Mittelwerten, die zu ihrem Zeitpunkt galten.</translation>
    </message>
    <message>
        <source>Round %1 of %2</source>
        <translation>Runde %1 von %2</translation>
    </message>
    <message>
        <source>Cumulative regret: hidden with the true means</source>
        <translation>Kumulativer Regret: mit den wahren Mittelwerten ausgeblendet</translation>
    </message>
    <message>
        <source>Cumulative regret %1</source>
        <translation>Kumulativer Regret %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>The horizon is reached: Reset to play again</source>
        <translation>Der Horizont ist erreicht: zum erneuten Spielen zurücksetzen</translation>
    </message>
</context>
<context>
    <name>tb::ui::SweepHeatmap</name>
    <message>
        <source>Point at a cell to read its value</source>
        <translation>Auf eine Zelle zeigen, um ihren Wert zu lesen</translation>
    </message>
    <message>
        <source> (lower is better)</source>
        <translation> (niedriger ist besser)</translation>
    </message>
    <message>
        <source> (higher is better)</source>
        <translation> (höher ist besser)</translation>
    </message>
    <message>
        <source>No cell has finished yet</source>
        <translation>Noch keine Zelle ist fertig</translation>
    </message>
    <message>
        <source>%1: not run yet</source>
        <translation>%1: noch nicht ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%1: &lt;b&gt;%2&lt;/b&gt; ± %3 (%n replicate(s))</source>
        <translation>
            <numerusform>%1: &lt;b&gt;%2&lt;/b&gt; ± %3 (%n Wiederholung)</numerusform>
            <numerusform>%1: &lt;b&gt;%2&lt;/b&gt; ± %3 (%n Wiederholungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::ui::SweepView</name>
    <message>
        <source>The compared variant whose results the heatmap shows</source>
        <translation>Die verglichene Variante, deren Ergebnisse die Heatmap zeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n Seed</numerusform>
            <numerusform>%n Seeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n value(s))</source>
        <translation>
            <numerusform>%1 (%2, %n Wert)</numerusform>
            <numerusform>%1 (%2, %n Werte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sweep of %1 over %2: %3 of %4 cells finished</source>
        <translation>Sweep von %1 über %2: %3 von %4 Zellen fertig</translation>
    </message>
    <message>
        <source> × </source>
        <translation> × </translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>, final mean ± 95% CI</source>
        <translation>, Endmittelwert ± 95-%-KI</translation>
    </message>
    <message>
        <source>No cell has finished yet</source>
        <translation>Noch keine Zelle ist fertig</translation>
    </message>
    <message>
        <source>%1 of %2 over %3 and %4</source>
        <translation>%1 von %2 über %3 und %4</translation>
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
