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
    <name>tb::gui::MainWindow</name>
    <message numerus="yes">
        <source>⚠ %n problem(s) in the configuration: fix the marked fields to run.</source>
        <translation>
            <numerusform>⚠ %n problem in the configuration: fix the marked field to run.</numerusform>
            <numerusform>⚠ %n problems in the configuration: fix the marked fields to run.</numerusform>
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
</context>
</TS>
