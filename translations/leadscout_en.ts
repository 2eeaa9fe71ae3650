<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CallLog</name>
    <message>
        <source>The call&apos;s duration must be between 0 seconds and 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A requested callback needs a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback time has already passed; choose a time in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 no longer exists; the call was not logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call cannot be undone: the lead has changed since (a later call or a stage change). Undo that first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose the outcome —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said (not shown in logs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call&amp;back at (your time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreached attempts: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dialled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call time %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your time: %1 · the lead&apos;s time: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the lead&apos;s calling hours (%1): the callback appears when they open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallingHours</name>
    <message>
        <source>Mon–Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2, %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>leadscout %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;leadscout %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store: a SQLite file or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: leadscout %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write realistic demo data with six months of history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write; its extension (.csv or .xlsx) chooses the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter: &quot;,&quot; (default) or &quot;;&quot; (for German Excel).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this earlier batch (id or code) again instead of handing off; changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who hands off (default: the rep name in the settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.csv or --out FILE.xlsx is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell the format of &quot;%1&quot;: the file name must end in .csv or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter must be &quot;,&quot; or &quot;;&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter applies to CSV files only; %1 is an XLSX file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported batch %1 (id %2, %n lead(s)) again to %3; nothing in the store changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No leads are ready to hand off: no file was written and no batch was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Handed off %n lead(s) as batch %1 (id %2) to %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no handoff batch &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand every sales-ready lead to sales as a file, or export an earlier batch again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose claims count as their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many leads to list (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue of %1 (calling hours %2 in the lead&apos;s time, at most %3 attempts, SLA %4 h):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No lead is callable now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next leads in queue order, and why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Wrote demo data to %1 in %2 s (seed %3; history up to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads per stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many leads to write (default 5000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the random choices; the same seed gives the same store (default 42).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db PATH is required: demo data goes into a store of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 leads written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>%1 is not empty (leads: %2). Demo data is only written to a new or empty store, never mixed into real data; choose another --db.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoRecipe</name>
    <message>
        <source>The demo-data recipe is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown name group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWriter</name>
    <message>
        <source>Could not prepare the demo data statements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo data to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo data to leads returned no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing demo data to nurture_plans returned no id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffBatchModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffBatches</name>
    <message>
        <source>The snapshot of lead %1 in handoff batch %2 is damaged (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare the handoff rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not record lead %1 in the handoff batch: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffColumns</name>
    <message>
        <source>Lead ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (E.164)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column for the handoff file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a handoff column. Known columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffColumnsDialog</name>
    <message>
        <source>Handoff columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All, in the usual order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns of every handoff file, for the whole team. Tick what sales needs and put it in order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffFileWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffLayout</name>
    <message>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffReadyModel</name>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-ready since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off before</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffRowReader</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handoff was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 no longer exists; nothing was handed off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffService</name>
    <message>
        <source>Lead %1 no longer exists; nothing was handed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is at stage %2; only sales-ready (SQL) leads are handed off. Nothing was handed off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the chosen leads were handed off before (lead %1%2). Nothing was handed off; hand them off again only if that is what you mean.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> in batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handoff was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads were handed off as batch %1, but the file could not be put in place (%2). Export the batch again to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads changed while the file was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no handoff batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffView</name>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also show leads handed off before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads that sales sent back. Handing them off again asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose and order the columns sales receives (for the whole team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected batch again, exactly as it was handed off. Changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads are ready for sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) ready for sales: hand off all of them, or select some.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hand off %n selected lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hand off all %n lead(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handoff-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand off to sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch %1 was written again to %2. Nothing in the store changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leads were ready for sales; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) handed off to sales as batch %1.

File: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Hand off again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand these leads off again now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export batch %1 again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffXlsxWriter</name>
    <message>
        <source>Cannot write %1: the workbook could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff to sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 completely (is the disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <source>No lead selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (grade %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press F8 for the next lead, or choose one from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (do not call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 unreached in a row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadListModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>Lead %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Usage: leadscout [--db PATH|postgresql://…] [--verbose]   open the workstation
       leadscout COMMAND [options]                       run a command without a window

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 failure, 2 bad usage. &apos;leadscout COMMAND --help&apos; describes a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadscout: unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;leadscout --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store to open: a SQLite file or a postgresql:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log debug detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadScout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open Store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another LeadScout store (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LeadScout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — LeadScout</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) in %1</source>
        <translation>
            <numerusform>%n lead in %1</numerusform>
            <numerusform>%n leads in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadScout stores (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LeadScout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadScout %1&lt;/h3&gt;&lt;p&gt;The workstation for lead qualification: work the call queue, qualify by BANT, hand sales-ready leads to sales.&lt;/p&gt;&lt;p&gt;Store: %2&lt;br&gt;Log file: %3&lt;br&gt;Qt %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handoff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Handoff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand every sales-ready lead (or the selected ones) to sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handoff &amp;Columns…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PendingFile</name>
    <message>
        <source>No file name was given for the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1 to disk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the finished file into place as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueController</name>
    <message>
        <source>Your claim on this lead has expired and someone else holds it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule call&amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call with %1 has not been logged. Discard it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is working this lead until %2; you can look but not log calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead can be called now: the rest are held back (see the queue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lead claimed for %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead must not be called or has no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the call&apos;s outcome first (Alt+1 … Alt+9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached after %1 attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead was not reached after %1 attempts. Move it to nurture so that it comes back in %2 days?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify it as unreachable instead? (No keeps it held back at the maximum attempts.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last call undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo last call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead&apos;s time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueRules</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, waiting %1 (%2: overdue by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, waiting %1 (%2: %3 left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unreached attempts (the maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>claimed by %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry after %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in nurture until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in nurture, no return date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside calling hours (%1 local time, opens %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback due since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1, back from nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueView</name>
    <message>
        <source>All queue stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, company, e-mail or phone (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon (;) for German Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export f&amp;older:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when LeadScout is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadScout stores (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a LeadScout store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is read-only. LeadScout needs to write to the file and to its folder; copy it to a writable place or change its permissions. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a LeadScout store or is damaged: it does not begin with a SQLite header. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is locked by another program that is writing to it. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is damaged and was left untouched (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds another program&apos;s data, not a LeadScout store. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it; nothing was changed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 was written by a newer LeadScout (schema version %2; this version understands up to %3). Update LeadScout to open it; the store was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is locked by another program that is writing to it. Try again when it has finished; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 could not be prepared and was left as it was: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Call: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture step: %1 by %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student or private person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authority reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid contact data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside territory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable after repeated attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical decider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance / controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later than 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6–12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trade fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitepaper download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchased list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landing-page visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whitepaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best-practice report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROI calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-ready candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C-level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VP / director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head of department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trainee / student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software and IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance and insurance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxVerifier</name>
    <message>
        <source>%1 is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
