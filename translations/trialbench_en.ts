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
    <name>tb::ui::CompareView</name>
    <message numerus="yes">
        <source>Comparing %n run(s): %1</source>
        <translation>
            <numerusform>Comparing %n run: %1</numerusform>
            <numerusform>Comparing %n runs: %1</numerusform>
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
</TS>
