<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::gui::ExperimentPanel</name>
    <message numerus="yes">
        <source>⚠ %n problem(s) in the configuration: fix the marked fields to run.</source>
        <translation>
            <numerusform>⚠ %n problem in the configuration: fix the marked field to run.</numerusform>
            <numerusform>⚠ %n problems in the configuration: fix the marked fields to run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::gui::MainWindow</name>
    <message numerus="yes">
        <source>%n lesson file(s) could not be loaded…</source>
        <translation>
            <numerusform>%n lesson file could not be loaded…</numerusform>
            <numerusform>%n lesson files could not be loaded…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::gui::RunPresenter</name>
    <message numerus="yes">
        <source>%n replicate(s)</source>
        <translation>
            <numerusform>%n replicate</numerusform>
            <numerusform>%n replicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready · %n replicate(s) · press Run to start</source>
        <translation>
            <numerusform>Ready · %n replicate · press Run to start</numerusform>
            <numerusform>Ready · %n replicates · press Run to start</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::gui::SweepDialog</name>
    <message numerus="yes">
        <source>%n cell(s) × %1 replicates; about %2 on this machine</source>
        <translation>
            <numerusform>%n cell × %1 replicates; about %2 on this machine</numerusform>
            <numerusform>%n cells × %1 replicates; about %2 on this machine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::gui::SweepWindow</name>
    <message numerus="yes">
        <source>Finished: %n cell(s) in %1 s</source>
        <translation>
            <numerusform>Finished: %n cell in %1 s</numerusform>
            <numerusform>Finished: %n cells in %1 s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::ui::CompareView</name>
    <message numerus="yes">
        <source>Comparing %n run(s): %1</source>
        <translation>
            <numerusform>Comparing %n run: %1</numerusform>
            <numerusform>Comparing %n runs: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Comparing the %n run(s) of #%1 %2</source>
        <translation>
            <numerusform>Comparing the %n run of #%1 %2</numerusform>
            <numerusform>Comparing the %n runs of #%1 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::ui::DistributionPlot</name>
    <message numerus="yes">
        <source>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; (%n replicate(s))&lt;br&gt;mean %3 · median %4&lt;br&gt;quartiles %5 – %6&lt;br&gt;whiskers %7 – %8 · %9</source>
        <translation>
            <numerusform>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; (%n replicate)&lt;br&gt;mean %3 · median %4&lt;br&gt;quartiles %5 – %6&lt;br&gt;whiskers %7 – %8 · %9</numerusform>
            <numerusform>&lt;span style=&apos;color:%1&apos;&gt;&amp;#9632;&lt;/span&gt; &lt;b&gt;%2&lt;/b&gt; (%n replicates)&lt;br&gt;mean %3 · median %4&lt;br&gt;quartiles %5 – %6&lt;br&gt;whiskers %7 – %8 · %9</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outlier(s)</source>
        <translation>
            <numerusform>%n outlier</numerusform>
            <numerusform>%n outliers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::ui::RunBrowser</name>
    <message numerus="yes">
        <source>Delete %n run(s) with all their data from the store? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n run with all its data from the store? This cannot be undone.</numerusform>
            <numerusform>Delete %n runs with all their data from the store? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n run</numerusform>
            <numerusform>%n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n run(s)</source>
        <translation>
            <numerusform>%1 of %n run</numerusform>
            <numerusform>%1 of %n runs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::ui::StatisticsView</name>
    <message numerus="yes">
        <source>%1 (%n missing)</source>
        <translation>
            <numerusform>%1 (%n missing)</numerusform>
            <numerusform>%1 (%n missing)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not compared: %n final value(s), at least %1 needed</source>
        <translation>
            <numerusform>Not compared: %n final value, at least %1 needed</numerusform>
            <numerusform>Not compared: %n final values, at least %1 needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verdict: Welch p, Holm-adjusted over %n pair(s), below α = %1, else equal (no significant difference). MWU p: exact, or * normal approximation (ties or over %2 values). Intervals: percentile bootstrap, %3 resamples, seed %4. Hover a column header for what it shows.</source>
        <translation>
            <numerusform>Verdict: Welch p, Holm-adjusted over %n pair, below α = %1, else equal (no significant difference). MWU p: exact, or * normal approximation (ties or over %2 values). Intervals: percentile bootstrap, %3 resamples, seed %4. Hover a column header for what it shows.</numerusform>
            <numerusform>Verdict: Welch p, Holm-adjusted over %n pairs, below α = %1, else equal (no significant difference). MWU p: exact, or * normal approximation (ties or over %2 values). Intervals: percentile bootstrap, %3 resamples, seed %4. Hover a column header for what it shows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::ui::SweepHeatmap</name>
    <message numerus="yes">
        <source>%1: &lt;b&gt;%2&lt;/b&gt; ± %3 (%n replicate(s))</source>
        <translation>
            <numerusform>%1: &lt;b&gt;%2&lt;/b&gt; ± %3 (%n replicate)</numerusform>
            <numerusform>%1: &lt;b&gt;%2&lt;/b&gt; ± %3 (%n replicates)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tb::ui::SweepView</name>
    <message numerus="yes">
        <source>%n seed(s)</source>
        <translation>
            <numerusform>%n seed</numerusform>
            <numerusform>%n seeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n value(s))</source>
        <translation>
            <numerusform>%1 (%2, %n value)</numerusform>
            <numerusform>%1 (%2, %n values)</numerusform>
        </translation>
    </message>
</context>
</TS>
