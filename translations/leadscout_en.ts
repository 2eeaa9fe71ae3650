<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ActivityColumns</name>
    <message>
        <source>E-mail address of the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead&apos;s e-mail address or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityImport</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Dry run, nothing was stored. %n row(s) read: </source>
        <translation>
            <numerusform>Dry run, nothing was stored. %n row read: </numerusform>
            <numerusform>Dry run, nothing was stored. %n rows read: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read: </source>
        <translation>
            <numerusform>%n row read: </numerusform>
            <numerusform>%n rows read: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 activities imported, %2 already known, %3 unmatched, %4 rejected; %5 lead(s) rescored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activity is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the activity &quot;%1&quot; is not one the scoring knows (download, webinar, event, e-mail click, landing-page visit, social reaction, form submission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the time &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither an e-mail address nor a lead id is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lead has the e-mail address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column for %2; its columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChartView</name>
    <message>
        <source>Click to list these leads.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchInsert</name>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: it is larger than %2, the most LeadScout reads for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>%1 (lead %2) must not be called (do not call); the call was not logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number of %1 (lead %2) is marked as wrong; the call was not logged.</source>
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
        <source> s</source>
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
    <message>
        <source>Kept with the call, never in logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callbac&amp;k at (your time):</source>
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
    <name>ChartExport</name>
    <message>
        <source>Cannot draw %1 as PNG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadScout dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print %1</source>
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
        <translation>
            <numerusform>Exported batch %1 (id %2, %n lead) again to %3; nothing in the store changed.</numerusform>
            <numerusform>Exported batch %1 (id %2, %n leads) again to %3; nothing in the store changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No leads are ready to hand off: no file was written and no batch was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Handed off %n lead(s) as batch %1 (id %2) to %3.</source>
        <translation>
            <numerusform>Handed off %n lead as batch %1 (id %2) to %3.</numerusform>
            <numerusform>Handed off %n leads as batch %1 (id %2) to %3.</numerusform>
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
    <message>
        <source>E-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (job title).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of employees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country (ISO code, e.g. DE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel key (default: inbound_call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep recorded as creator (default: your rep name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the lead even when it looks like a duplicate or the person was erased on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --email or --phone: a lead needs at least one way to reach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicate of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was not added. Use --allow-duplicate to add it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added lead %1 (%2) at stage %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new lead, checked like the new-lead dialog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML summary to write (default: beside the JSON, ending in .html).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out FILE.json is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead matches %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote everything stored about %n lead(s) to %1 and %2.</source>
        <translation>
            <numerusform>Wrote everything stored about %n lead to %1 and %2.</numerusform>
            <numerusform>Wrote everything stored about %n leads to %1 and %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything stored about a lead, as JSON and a readable HTML summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type &quot;erase&quot; to erase this for good, anything else to stop:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: these backups, taken before schema upgrades, are copies of the store as it was and may still hold the erased data; delete them if they are no longer needed:
  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead matches %1; nothing was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased. Run again with --yes to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased %n lead(s) with everything stored about them (%1 rows). A suppression entry remembers them by hash only.</source>
        <translation>
            <numerusform>Erased %n lead with everything stored about them (%1 rows). A suppression entry remembers them by hash only.</numerusform>
            <numerusform>Erased %n leads with everything stored about them (%1 rows). A suppression entry remembers them by hash only.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: another program has the store open, so its write-ahead log could not be emptied yet; it is emptied when that program closes the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase a lead and everything about them on request (asks unless --yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every lead with this e-mail address (any capitalisation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --lead ID or --email ADDRESS (one of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--email needs an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score every lead again (optionally with new rules, saved as a version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many leads to list (default 20, at most 10000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be at most %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning rep&apos;s name (a rep of the team, or --rep).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value; leave the option out instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: wrote the handoff file %1, which an interrupted handoff had left unfinished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: an interrupted handoff could not be finished: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rep &quot;%1&quot; in %2; nothing was listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and report, but store nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the activity file (CSV or XLSX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import activities (downloads, webinars, clicks…) as interest events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV or XLSX file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source channel of rows that name none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign of rows that name none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column mapping saved as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV encoding (default: detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workbook sheet (default: the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with duplicates: skip, merge or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nothing when any row is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Judge every row, write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep columns that map to no field as a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of phone numbers without a country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report of every row as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source channel &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duplicates takes skip, merge or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--country takes a two-letter country code such as DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import batch %1 undone: %n lead(s) deleted.</source>
        <translation>
            <numerusform>Import batch %1 undone: %n lead deleted.</numerusform>
            <numerusform>Import batch %1 undone: %n leads deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import batch to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the batch to undo with --batch CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads from a CSV or XLSX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo an import batch while none of its leads was worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a lead number, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %1 undone: lead %2 and the %n merged lead(s) are back as they were.</source>
        <translation>
            <numerusform>Merge %1 undone: lead %2 and the %n merged lead are back as they were.</numerusform>
            <numerusform>Merge %1 undone: lead %2 and the %n merged leads are back as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged %n lead(s) into lead %1 (%2 rows moved, %3 alternate contact(s) kept). Undo with: leadscout merge --undo %4</source>
        <translation>
            <numerusform>Merged %n lead into lead %1 (%2 rows moved, %3 alternate contact(s) kept). Undo with: leadscout merge --undo %4</numerusform>
            <numerusform>Merged %n leads into lead %1 (%2 rows moved, %3 alternate contact(s) kept). Undo with: leadscout merge --undo %4</numerusform>
        </translation>
    </message>
    <message>
        <source>The lead that stays (the survivor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead to merge into it (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the merge of this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--undo goes alone, without --keep or --merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the lead to keep with --keep ID and each lead to merge into it with --merge ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge duplicate leads into one, or undo a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse-funnel KPI plan from a revenue target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a store file into an empty team server, ids and history kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a read-only copy of a store home for offline review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-member needs --name NAME, --role rep|lead and a --weight of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a member of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1	%2	weight %3	%4	assigned today %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-member: the name and server login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-member: rep or lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add-member: share of new leads (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s roles are set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: setup, add-member or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team on a shared store: roles, members, weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the plans of this rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today (default), overdue or week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nurture steps that are due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of the step (see leadscout nurture).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened, clicked, downloaded, replied, attended or no_reaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the response to a nurture step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel and conversion figures of the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time: &quot;%1&quot; is before 1990 or after today; give the time the activity took place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time: &quot;%1&quot; is no date and time; write it as 2026-11-20 14:30 (UTC) or 2026-11-20T14:30+01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--column takes FIELD=HEADER, such as kind=Activity; FIELD is one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--column: unknown field &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--column %1: %2 has no column &quot;%3&quot;; its columns are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV or XLSX file of activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read FIELD (email, lead-id, kind, time, title) from the column HEADER; FIELD= reads it from none. Repeat for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity of every row (a file without its column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of every row, UTC unless an offset is given (a file without its column).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet is for workbooks (.xlsx); %1 is a text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column for %2; name it with --column FIELD=HEADER, or give --kind or --time for the whole file. Its columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep who gets the leads whose owner column names none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave every lead unassigned; an owner column is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row naming an owner who is no rep: unassigned (default) or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--owner takes the name of a rep of the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--owner and --unassigned exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unknown-owner takes unassigned or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unknown-owner reject reads the owner column, which --unassigned leaves unread.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sheet takes the name of a sheet of the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter takes one character such as ; or | (or &quot;tab&quot;); not a letter, digit, quote or line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding: unknown encoding &quot;%1&quot;; known are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is no activity an import records; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentLibrary</name>
    <message>
        <source>Give the piece a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a link or a file for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one buying phase that &quot;%1&quot; suits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentLibraryDialog</name>
    <message>
        <source>Content Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de, en…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or a file everyone can reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrent: steps may send it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles (none: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryNames</name>
    <message>
        <source>the country &quot;%1&quot; is not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot separate the fields of a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote inside field %1, which does not start with a quote (a quote in a field must be doubled and the field quoted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text after the closing quote of field %1 (a quote in a quoted field must be doubled).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record longer than %1 characters: a quote is probably not closed (the last one opened on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record longer than %1 characters, the most LeadScout reads as one record: the file has no line breaks or a field of that size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record with more than %1 fields, the most LeadScout reads (Excel&apos;s column limit).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Leads created in the period that reached each step; grey: a rate below the minimum of %n lead(s), with its 90 % interval</source>
        <translation>
            <numerusform>Leads created in the period that reached each step; grey: a rate below the minimum of %n lead, with its 90 % interval</numerusform>
            <numerusform>Leads created in the period that reached each step; grey: a rate below the minimum of %n leads, with its 90 % interval</numerusform>
        </translation>
    </message>
    <message>
        <source>Ever reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads, SQLs and opportunities; the rate is opportunities per lead (90 % interval); grey: too few leads for a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours, over completed stays: median and 90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no completed stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 h over %n stay(s)</source>
        <translation>
            <numerusform>%1: %2 h over %n stay</numerusform>
            <numerusform>%1: %2 h over %n stays</numerusform>
        </translation>
    </message>
    <message>
        <source>no lead called yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 min, 90th percentile %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Speed to lead (SLA %n h)</source>
        <translation>
            <numerusform>Speed to lead (SLA %n h)</numerusform>
            <numerusform>Speed to lead (SLA %n h)</numerusform>
        </translation>
    </message>
    <message>
        <source>Creation to first call attempt: %1; within SLA %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call outcomes per rep and day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls made in the period, by the rep who called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call outcomes per rep and week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call outcomes per rep and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3; 90 %: %4–%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion by source channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion by campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion by rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion by week of creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit × interest of open leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open leads (not handed off or disqualified) by quadrant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads created in the period by grade</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardFigures</name>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ever reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: a lead that skipped a step counts as having passed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: only leads that went through every step before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a bar or a funnel step (or choose it with the arrow keys and Enter) to list its leads.</source>
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
        <source>Leads of the chosen figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Lea&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) created in the period. Hover a bar for its figures.</source>
        <translation>
            <numerusform>%n lead created in the period. Hover a bar for its figures.</numerusform>
            <numerusform>%n leads created in the period. Hover a bar for its figures.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, ever reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, reached in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First called within the SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First called later than the SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not called yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the leads of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s): %1</source>
        <translation>
            <numerusform>%n lead: %1</numerusform>
            <numerusform>%n leads: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n are listed.</source>
        <translation>
            <numerusform>The first %n are listed.</numerusform>
            <numerusform>The first %n are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dashboard as PNG, SVG or PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Dashboard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All Figures as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image (PNG, SVG or PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figures as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;SVG image (*.svg);;PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name the file .pdf, .svg or .png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in %1.</source>
        <translation>
            <numerusform>Saved %n file in %1.</numerusform>
            <numerusform>Saved %n files in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardRender</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>  %1: %2 leads, %3 reached SQL, %4 became opportunities: %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2/%3, 90 % interval %4–%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [too few]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) in the period.
</source>
        <translation>
            <numerusform>%n lead in the period.
</numerusform>
            <numerusform>%n leads in the period.
</numerusform>
        </translation>
    </message>
    <message>
        <source>
Funnel (ever reached | in order)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    conversion: %1 | %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By source channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week of creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Time in stage (hours: median, 90th percentile)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 stays, median %3, p90 %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Speed to lead (SLA %1 h): %2 called, %3 not yet; within SLA %4; median %5 min, p90 %6 min
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Call outcomes by rep (all days of the period)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Open leads by fit × interest quadrant
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Grades
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateReading</name>
    <message>
        <source>&quot;%1&quot; could be day/month or month/day, and the column&apos;s other dates do not tell which; left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no day of the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number, not a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason, or a note for the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a written override reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;qualify because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not possible: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: asked on Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the lead comes back into the queue, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date. Write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comes back on %1.</source>
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
    <name>Disclosure</name>
    <message>
        <source>The JSON and the HTML file would both be %1; give them different names. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisclosureHtml</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact, company and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification (BANT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved qualification draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed to sales (batch rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to the details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What LeadScout stores about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This summary lists everything stored about the person below as of %1 (UTC). Times are in UTC; amounts of money are in cents of the named currency. The JSON file beside it holds the same data for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our staff named above (by id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other e-mail addresses and phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merges of duplicate records (the records as they were)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <source>lead %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lead %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same phone number and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateGroups</name>
    <message>
        <source>Same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same phone number and name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
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
        <source>Leads with the same e-mail address, or the same phone number and a matching name, are probably one person. Select a group and press Merge… to make one lead of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n lead(s))</source>
        <translation>
            <numerusform>%1: %2 (%n lead)</numerusform>
            <numerusform>%1: %2 (%n leads)</numerusform>
        </translation>
    </message>
    <message>
        <source>Lead %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No likely duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) of likely duplicates.</source>
        <translation>
            <numerusform>%n group of likely duplicates.</numerusform>
            <numerusform>%n groups of likely duplicates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailCleaning</name>
    <message numerus="yes">
        <source>the cell holds %n more address(es); the first is kept: %1</source>
        <translation>
            <numerusform>the cell holds %n more address; the first is kept: %1</numerusform>
            <numerusform>the cell holds %n more addresses; the first is kept: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; read as the address %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a free-mail address; it can hide a company buyer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryParser</name>
    <message>
        <source>%1: &quot;%2&quot; is not an amount. Write digits only, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a three-letter currency code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date. Write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is in the past. Enter the date the decision is still expected.</source>
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
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is written with another language&apos;s separators. Write it as %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give the currency of the amount, for example EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision authority confirmed, but the authority is &quot;%1&quot;. Choose the authority the lead has, or untick the box.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Erasure</name>
    <message numerus="yes">
        <source>%n call(s) (%1 with notes)</source>
        <translation>
            <numerusform>%n call (%1 with notes)</numerusform>
            <numerusform>%n calls (%1 with notes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage-history entry(ies)</source>
        <translation>
            <numerusform>%n stage-history entry</numerusform>
            <numerusform>%n stage-history entries</numerusform>
        </translation>
    </message>
    <message>
        <source>the qualification (BANT answers and notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsaved qualification draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n interest event(s)</source>
        <translation>
            <numerusform>%n interest event</numerusform>
            <numerusform>%n interest events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nurture plan(s)</source>
        <translation>
            <numerusform>%n nurture plan</numerusform>
            <numerusform>%n nurture plans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nurture step(s)</source>
        <translation>
            <numerusform>%n nurture step</numerusform>
            <numerusform>%n nurture steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n handoff batch row(s) (the batches keep their lead counts)</source>
        <translation>
            <numerusform>%n handoff batch row (the batches keep their lead counts)</numerusform>
            <numerusform>%n handoff batch rows (the batches keep their lead counts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n field change(s)</source>
        <translation>
            <numerusform>%n field change</numerusform>
            <numerusform>%n field changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1</source>
        <translation>
            <numerusform>%n row in %1</numerusform>
            <numerusform>%n rows in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No lead matches; nothing would be erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lead record (contact details, company, source, scores)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase %1 and everything stored about them:
• %2

What remains is a suppression entry with only a one-way hash of the e-mail address and phone number and today&apos;s date, so that the person is flagged if entered or imported again. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The erasure was stopped and nothing was erased: table %1 still holds %2 row(s) of lead %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alternate e-mail address(es) and phone number(s)</source>
        <translation>
            <numerusform>%n alternate e-mail address or phone number</numerusform>
            <numerusform>%n alternate e-mail addresses and phone numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merge record(s) (the merged leads as they were)</source>
        <translation>
            <numerusform>%n merge record (the merged leads as they were)</numerusform>
            <numerusform>%n merge records (the merged leads as they were)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelChartView</name>
    <message>
        <source>→ no leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1 (%2/%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 %: %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · too few leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelMeasures</name>
    <message>
        <source>Raw leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
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
    <name>HandoffRecovery</name>
    <message>
        <source>Could not remove %1.</source>
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
        <translation>
            <numerusform>%n of the chosen leads was handed off before (lead %1%2). Nothing was handed off; hand it off again only if that is what you mean.</numerusform>
            <numerusform>%n of the chosen leads were handed off before (lead %1%2). Nothing was handed off; hand them off again only if that is what you mean.</numerusform>
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
        <translation>
            <numerusform>%n lead ready for sales: hand it off, or select it.</numerusform>
            <numerusform>%n leads ready for sales: hand off all of them, or select some.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hand off %n selected lead(s)</source>
        <translation>
            <numerusform>Hand off %n selected lead</numerusform>
            <numerusform>Hand off %n selected leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Hand off all %n lead(s)</source>
        <translation>
            <numerusform>Hand off %n lead</numerusform>
            <numerusform>Hand off all %n leads</numerusform>
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
        <translation>
            <numerusform>%n lead handed off to sales as batch %1.

File: %2</numerusform>
            <numerusform>%n leads handed off to sales as batch %1.

File: %2</numerusform>
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
        <source> […cut: too long for one Excel cell]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: the spreadsheet could not be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1 completely: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderMapping</name>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mapping is a JSON object with a &quot;columns&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1, the mapping version this LeadScout reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;columns&quot; is missing or is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns[%1]: an entry needs &quot;header&quot; (the column&apos;s header as text) and &quot;target&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns[%1] (&quot;%2&quot;): &quot;%3&quot; is not an import target; the targets are %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns[%1] (&quot;%2&quot;): &quot;target&quot; is missing or is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns[%1] (&quot;%2&quot;) and columns[%3] (&quot;%4&quot;) both map to &quot;%5&quot;, which takes one column only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HolidayRegions</name>
    <message>
        <source>Baden-Württemberg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bavaria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brandenburg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bremen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamburg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hesse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mecklenburg-Western Pomerania</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower Saxony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>North Rhine-Westphalia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rhineland-Palatinate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saarland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saxony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saxony-Anhalt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schleswig-Holstein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thuringia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Germany (national holidays only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a German state: choose one of the 16 or none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportActivityMappingPage</name>
    <message>
        <source>Same &amp;time for every row (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember these columns for files with the same headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the activity columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities are matched to leads by e-mail address or lead id. Say what each column holds, or ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity of every row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Column of the file&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Holds&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Values in the first rows&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns you chose for a file with the same headers are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column holds one thing, each thing comes from one column: %1 is chosen for more than one column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still missing: %1. Choose a column for it, or an activity or time for every row.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportBatches</name>
    <message>
        <source>a call was logged for one of its leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of its leads moved to another stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of its leads was qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of its leads was claimed by a rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batch %1 was undone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import batch %1 cannot be undone: %2 since the import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leads (people and companies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activities of known leads (downloads, webinars, clicks…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file or an Excel workbook (.xlsx). Check the preview: it shows the first rows as they will be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of a .csv or .xlsx file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead files (*.csv *.txt *.tsv *.xlsx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, sheet %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, %1, separated by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no header row to read column names from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>wanted %1, which column %2 takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guessed from a word — please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember this mapping for files with the same columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep ignored columns as a note on the lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Column of the file&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Goes to&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Values in the first rows&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column goes to a lead field, or is ignored. Columns marked &quot;please check&quot; were guessed from a word of their header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping you used for a file with the same columns is filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map a column to E-mail or Phone: a lead without a way to reach them is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOptionsPage</name>
    <message>
        <source>S&amp;kip them (report the lead they duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;nothing when any row is rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written yet: the rows below are what the import would do with these choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file (rows without one: unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For rows that name none, e.g. Trade fair Hanover 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of &amp;phone numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row of the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Of %n row(s): %1 new, %2 duplicates (%3 to merge, %4 to skip), %5 rejected as invalid or erased on request.</source>
        <translation>
            <numerusform>Of %n row: %1 new, %2 duplicates (%3 to merge, %4 to skip), %5 rejected as invalid or erased on request.</numerusform>
            <numerusform>Of %n rows: %1 new, %2 duplicates (%3 to merge, %4 to skip), %5 rejected as invalid or erased on request.</numerusform>
        </translation>
    </message>
    <message>
        <source>All or nothing: this file would be refused as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same file was imported before as %1; rows imported then count as duplicates now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me&amp;rge: fill the existing lead&apos;s empty fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import them &amp;anyway as new leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOwnerChoice</name>
    <message>
        <source>From the file&apos;s &amp;owner column; rows that name none stay unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the owner column; rows that name none &amp;go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody: every lead waits &amp;unassigned in the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ject rows whose owner is not a rep of the team (otherwise they stay unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportOwners</name>
    <message>
        <source>There is no rep named &quot;%1&quot; on this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the rep who gets the leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rep named &quot;%1&quot; on this store; its reps are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Imported as batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: a row was rejected and the import was all or nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: CSV, %2, delimiter &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: workbook, sheet &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s): %1 imported, %2 merged, %3 skipped, %4 rejected, %5 flagged.</source>
        <translation>
            <numerusform>%n record: %1 imported, %2 merged, %3 skipped, %4 rejected, %5 flagged.</numerusform>
            <numerusform>%n records: %1 imported, %2 merged, %3 skipped, %4 rejected, %5 flagged.</numerusform>
        </translation>
    </message>
    <message>
        <source>The same file was imported before as batch %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReportPage</name>
    <message>
        <source>imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Report as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo This Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows not imported as they were:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed and nothing was written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the leads of batch %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save import report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of every row was saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n lead(s) that import %1 created?</source>
        <translation>
            <numerusform>Delete the %n lead that import %1 created?</numerusform>
            <numerusform>Delete the %n leads that import %1 created?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %1 undone: %n lead(s) deleted.</source>
        <translation>
            <numerusform>Import %1 undone: %n lead deleted.</numerusform>
            <numerusform>Import %1 undone: %n leads deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import not undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRowCleaner</name>
    <message>
        <source>&quot;%1&quot; is neither yes nor no; left unset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further e-mail address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone extension: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is no known source channel; the file&apos;s channel is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates of this column can be read day-first or month-first; kept as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rep named &quot;%1&quot;; the lead is left unassigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no rep named &quot;%1&quot;; rows naming an owner who is not a rep of the team are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <source>&amp;Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import is one transaction: cancelled, it leaves the store as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 % read, about %n second(s) left…</source>
        <translation>
            <numerusform>%1 % read, about %n second left…</numerusform>
            <numerusform>%1 % read, about %n seconds left…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling — taking every row back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportSource</name>
    <message>
        <source>Row %1 (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 columns, found %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <source>Full name (split into first and last name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutation or academic title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID in the other system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Further e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import from CSV or Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFacts</name>
    <message>
        <source>Is there a budget for this — planned for this year, or already approved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you take on topics like this, how are they usually funded — from a department budget or a separate project budget?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you set a budget range for a solution, even a rough one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What budget is planned for this evaluation, and who releases it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the budget approved, and for what amount?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who besides you is involved in deciding this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this became a project, who would drive it internally?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who weighs up the options with you — IT, finance, management?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the final call when the evaluation is done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signs the order, and does anyone else have to approve it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What made you look into this topic right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What challenge made you read up on this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would have to improve for a solution to be worth it for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which requirements must a solution meet without fail?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which problem does this purchase have to solve first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when should a solution be in place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this a topic for this year, or rather for later?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When do you plan to choose a solution?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When do you expect to finish the evaluation and decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When should the contract be signed, and when do you want to go live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roughly what amount are you working with, and in which currency?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just to be sure: do you make the final decision yourself, or who does?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is your part in the decision — technical evaluation, budget, or overall responsibility?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What does the problem cost you today — time, money, customers?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a date by which the decision has to be made?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are you in the process — getting informed, comparing options, evaluating in detail, or ready to buy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people work at your company?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roughly what annual revenue does your company have?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which industry would you put your company in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is your role in the company?</source>
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
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision authority confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying-center role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFactsPanel</name>
    <message>
        <source>Still unknown, and what to ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every key fact is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Still unknown (%n) — ask next:</source>
        <translation>
            <numerusform>Still unknown (%n) — ask next:</numerusform>
            <numerusform>Still unknown (%n) — ask next:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a lead: the key facts still unknown and what to ask show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiPlan</name>
    <message>
        <source>%1 and the steps before: no measured conversion, as no lead of the last 365 days reached %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured: %1 of %2 reached %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: the call log of the last 365 days is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured: %1 calls per worked lead, connect rate %2, %3 calls per connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per rep and working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reps, %2 working days (Monday to Friday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close rate %1 % better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 % more opportunities (better conversion to opportunity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revenue target must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The average deal must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The close rate must be more than 0 and at most 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunities cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue target ÷ average deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals ÷ close rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed (rounded up to whole numbers):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — achieved this period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Not planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over a year (exact, not rounded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 %2 opportunities × %3 = %4 deals, revenue %5 (%6 more)</source>
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
        <source>E-mail</source>
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
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score: %1 (grade %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls: %1 (%2 unreached in a row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the queue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the lead&apos;s phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to the lead&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move, skip, add or remove this lead&apos;s nurture steps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadConflict</name>
    <message>
        <source>Lead %1 was changed by someone else while you edited it; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDetailsEditor</name>
    <message>
        <source>The change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1: %2 was not changed to &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclose or erase everything stored about this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this to &quot;%1&quot; while you edited it. Confirm yours (&quot;%2&quot;) to keep it, or enter theirs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadEditor</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: there is no rep named &quot;%1&quot;; choose one of the team&apos;s reps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadFieldForm</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company and fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origin and owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not call this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not e-mail this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. name@company.example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. +49 30 901820</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2500000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Europe/Berlin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadFields</name>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
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
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
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
        <source>Owner</source>
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
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees: &quot;%1&quot; is not a whole number of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue: &quot;%1&quot; is not an amount of money (write it like 2500000 or 2500000.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: &quot;%1&quot; is not a rep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadImport</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1: same external id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same external id as row %1, which was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person as row %1 of this file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadMerge</name>
    <message>
        <source>A merge needs at least two leads: the one to keep and at least one to merge into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is named twice; each lead takes part in a merge once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no lead %1 (it may have been erased or merged already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is a person erased on request; it is not merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is not part of this merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no merge %1 to undo (it may have been undone already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 of merge %2 was merged into lead %3 since; undo that merge first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 can no longer be undone: a new lead has taken number %2 since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 has been worked on since merge %2 (details, calls or history changed); the merge can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadPlanDialog</name>
    <message>
        <source>Nurture Plan of the Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the lead&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;witch track…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops this plan and starts the lead on the track chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other &amp;track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any piece of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to mention, or why the step is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the day, channel, content, purpose and note onto the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds these values as a new step of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sk&amp;ip step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the step skipped, with the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead has no running nurture plan. Start one with the Nurture decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1 (version %2), started %3. Due dates skip weekends and the public holidays of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step saved; %1 is not a working day for the lead, so it falls due on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the step &quot;%1&quot; due %2 from this lead&apos;s plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this plan and start the lead on &quot;%1&quot;? Steps done so far stay in the timeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead now follows %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadRecordActions</name>
    <message>
        <source>&amp;New Lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase on Request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new lead (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything stored about this lead as JSON and as a readable HTML summary (GDPR Art. 15/20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase this lead and everything stored about them (GDPR Art. 17)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n other lead(s) have the same e-mail address %1. Include them (Yes), only this lead (No), or stop (Cancel)?</source>
        <translation>
            <numerusform>%n other lead has the same e-mail address %1. Include it (Yes), only this lead (No), or stop (Cancel)?</numerusform>
            <numerusform>%n other leads have the same e-mail address %1. Include them (Yes), only this lead (No), or stop (Cancel)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclose everything stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Everything stored about %n lead(s) was written to %1 (for programs) and %2 (for people to read).</source>
        <translation>
            <numerusform>Everything stored about %n lead was written to %1 (for programs) and %2 (for people to read).</numerusform>
            <numerusform>Everything stored about %n leads was written to %1 (for programs) and %2 (for people to read).</numerusform>
        </translation>
    </message>
    <message>
        <source>Erase on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Erased %n lead(s) with everything stored about them (%1 rows). A suppression entry remembers them by hash only.</source>
        <translation>
            <numerusform>Erased %n lead with everything stored about them (%1 rows). A suppression entry remembers them by hash only.</numerusform>
            <numerusform>Erased %n leads with everything stored about them (%1 rows). A suppression entry remembers them by hash only.</numerusform>
        </translation>
    </message>
    <message>
        <source>Another program has the store open, so its write-ahead log still holds old pages; it is emptied when every program has closed the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These backups, taken before schema upgrades, are copies of the store as it was and may still hold the erased data; delete them if they are no longer needed:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isclose Everything Stored…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import leads or their activities from a CSV or Excel file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port from CSV or Excel…</source>
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
    <name>LeadScores</name>
    <message>
        <source>Lead %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadValidator</name>
    <message>
        <source>E-mail: &quot;%1&quot; has no domain with a dot after the @ (like example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: the domain of &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: the domain of &quot;%1&quot; does not end in a valid top-level domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; has no @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; has nothing before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; has nothing after the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: the part before the @ in &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; cannot be dialled as a number of %2; check the digits or write it with its country code (like +49 30 901820).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail and phone are both empty: a lead needs at least one way to reach them. Enter an e-mail address or a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website: &quot;%1&quot; is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter currency code like EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency: say in which currency the annual revenue is (like EUR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: &quot;%1&quot; is not a two-letter country code like DE or US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a known time zone like Europe/Berlin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: the part before the @ is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: the address is %1 characters long; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: a part of the domain is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
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
    <message>
        <source>leadscout: %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadscout: unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadscout: the window needs a display, and none was found (DISPLAY is not set). These commands run without one: %1. Try &apos;leadscout --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadscout: &quot;%1&quot; is not valid UTF-8, the encoding of names on this system, so it cannot be used as given (it would name another file). Rename the file or retype the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: leadscout [--db PATH|postgresql://…] [--verbose]   open the workstation
       leadscout [--db …] tel:NUMBER|callto:NUMBER       show the lead with this number
       leadscout [--db …] FILE.csv|FILE.xlsx             import the file
       leadscout COMMAND [options]                       run a command without a window

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tel: or callto: link, or a CSV or XLSX file.</source>
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
    <message>
        <source>Scoring &amp;Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;score All Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling hours, attempts, SLA and retry delays for the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change saved in the lead&apos;s record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Call Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the queue beside the lead (F7); F8 works either way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New scoring rules saved; every lead is rescored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rescoring finished: %n lead(s) scored with rules version %1.</source>
        <translation>
            <numerusform>Rescoring finished: %n lead scored with rules version %1.</numerusform>
            <numerusform>Rescoring finished: %n leads scored with rules version %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — read-only snapshot of %2, taken %3 — LeadScout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI &amp;Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LeadScout %1&lt;/h3&gt;&lt;p&gt;The workstation for lead qualification: work the call queue, qualify by BANT, hand sales-ready leads to sales.&lt;/p&gt;&lt;p&gt;Store: %2 (schema version %4)&lt;br&gt;Log file: %3&lt;/p&gt;&lt;p&gt;Libraries: %5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link “%1” names no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lead has the number %1. Add a new lead with this number?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) have the number %1; the card shows the first.</source>
        <translation>
            <numerusform>%n lead have the number %1; the card shows the first.</numerusform>
            <numerusform>%n leads have the number %1; the card shows the first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadScout opens CSV and Excel (XLSX) files to import leads; “%1” is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadScout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call queue, lead card and qualification form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nurture Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontent Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pieces nurture steps send: whitepapers, studies, datasheets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture &amp;Tracks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A track&apos;s steps, saved as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeActions</name>
    <message>
        <source>Find Dupli&amp;cates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge &amp;with Duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the leads that are probably one person and merge them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge this lead with its likely duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the leads of the latest merge back as they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge with Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other lead has this lead&apos;s e-mail address, or its phone number with a matching name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lead(s) merged into lead %1. Lead ▸ Undo Merge (%2) puts them back as they were, as long as lead %1 is not worked on.</source>
        <translation>
            <numerusform>%n lead merged into lead %1. Lead ▸ Undo Merge (%2) puts it back as it was, as long as lead %1 is not worked on.</numerusform>
            <numerusform>%n leads merged into lead %1. Lead ▸ Undo Merge (%2) puts them back as they were, as long as lead %1 is not worked on.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Put lead %1 and the %n lead(s) merged into it back as they were before the merge?</source>
        <translation>
            <numerusform>Put lead %1 and the %n lead merged into it back as they were before the merge?</numerusform>
            <numerusform>Put lead %1 and the %n leads merged into it back as they were before the merge?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Lead %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These leads become one. Choose the lead that stays and, for each detail in which they differ, the value it keeps. Calls, history, qualification, interest, nurture plans and handoffs of all of them stay with it; the other e-mail addresses and phone numbers are kept as alternates. The merge can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep lead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lead %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leads do not differ in any detail the lead that stays lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details not listed are the same in all leads, or only the lead that stays has them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameCleaning</name>
    <message>
        <source>the name &quot;%1&quot; contains an @; it may be an e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; contains digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no first name; taken as the last name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewLeadDialog</name>
    <message>
        <source>New Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least an e-mail address or a phone number. Press Enter to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead is probably already in the store:
%1

Open the existing lead instead? Choose Open to go to it, Save to save the new lead anyway, or Cancel to go back to the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead was saved: a phone number may now reach someone else. If this is the person who was erased, they must have asked to be contacted again; otherwise erase this lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Their data was erased at their request; save them again only if they have asked to be contacted.

Save this lead anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberReading</name>
    <message>
        <source>&quot;%1&quot; is a date, not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could be read with the dot or the comma as the decimal mark, and the column does not tell which; left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number; rounded to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open-ended; its lower bound %2 is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is open-ended; its upper bound %2 is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a range; its midpoint %2 is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number or range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nurture</name>
    <message>
        <source>Raise interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out who decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out the need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out the timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the buying phase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply asks for contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out: do not e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opted out: do not call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased on request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped by the rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed without result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the material help? What caught your eye?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a budget planned for this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who else decides with you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What problem would this solve for you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when do you want to decide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do you stand: looking around, comparing solutions, or ready to buy?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NurtureDefaults</name>
    <message>
        <source>Not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content[%1]: title, kind, phases or roles are missing or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tracks[%1]: a key, name, phase, role, quadrant or step is missing or unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NurtureMail</name>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as promised, here is &quot;%1&quot;; I think it fits what you are working on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best regards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NurturePage</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due nurture steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All pending steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind of step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;rack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph&amp;ase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lead said or did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for &amp;contact (stops the plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sk&amp;ip step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the selected leads&apos; step sent (the same step of one track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;pen lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;use my plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves every later step of your running plans by an absence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respo&amp;nse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark &amp;sent (%n)</source>
        <translation>
            <numerusform>Mark &amp;sent (%n)</numerusform>
            <numerusform>Mark &amp;sent (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: score %2 → %3, grade %4 → %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest crossed the threshold: the lead is back in the call queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sent takes leads at the same step: select rows of one track with the same content and kind of step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) marked sent.</source>
        <translation>
            <numerusform>%n step marked sent.</numerusform>
            <numerusform>%n steps marked sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no e-mail address. Add one on the lead card first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail program opened the message. Set one up as the default for e-mail and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you send the e-mail to %1? It is then marked sent; record the response when it comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause my plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of your absence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of your absence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) paused from %1 to %2; their later steps move by the absence.</source>
        <translation>
            <numerusform>%n plan paused from %1 to %2; their later steps move by the absence.</numerusform>
            <numerusform>%n plans paused from %1 to %2; their later steps move by the absence.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead&apos;s plan: move, skip, add or remove steps, add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture Plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NurturePlanSummary</name>
    <message numerus="yes">
        <source>Nurture plan: %1 (version %2), %3 of %n step(s) done, %4 skipped.</source>
        <translation>
            <numerusform>Nurture plan: %1 (version %2), %3 of %n step done, %4 skipped.</numerusform>
            <numerusform>Nurture plan: %1 (version %2), %3 of %n steps done, %4 skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1, %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NurturePlans</name>
    <message>
        <source>Lead %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1 is not in nurture: start its plan with the Nurture decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nurture track %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no nurture step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of step %1 has ended; its steps cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan %1 is not running; no step can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day the new step falls due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NurtureTrackChooser</name>
    <message>
        <source>The nurture plan a Nurture decision starts for this lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No plan, only a return day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track fits this lead: Nurture only sets the day it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture only sets the day the lead comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen instead of the proposed track. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture track</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NurtureTracks</name>
    <message>
        <source>Awareness: overview material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness: raise interest and fill in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Considering: studies and best practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigating: best practice and who decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase: facts for the technical decider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase: ROI for the controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase: case studies for the executive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase: find the buying-center role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase unknown: find out where the buyer stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate: keep a fan close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaintedChartView</name>
    <message>
        <source>Click to list these leads.</source>
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
    <message>
        <source>Cannot write to the folder %1: no free temporary name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneCleaning</name>
    <message>
        <source>&quot;%1&quot; read as +%2 (the 00 before the country code was lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leading 0 restored: &quot;%1&quot; read as 0%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a number in scientific notation that lost its last digits; format the column as text in the spreadsheet and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; written out as %2 (scientific notation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the cell holds %n more number(s); the first is kept: %1</source>
        <translation>
            <numerusform>the cell holds %n more number; the first is kept: %1</numerusform>
            <numerusform>the cell holds %n more numbers; the first is kept: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Phone: &quot;%1&quot; is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>--%1 is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 &quot;%2&quot; is not an amount%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--close-rate &quot;%1&quot; is not a rate: write 33.3%, 0.333 or 1/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--period is month, quarter or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--opportunities is a number per period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue to reach in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue of an average deal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of opportunities won: 33.3%, 0.333 or 1/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month (default), quarter or year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities the pipeline gives per period, for the sensitivity table (default: the needed ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the plan as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanEndings</name>
    <message>
        <source>The nurture plan %1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan is re-qualified to marketing-qualified or sales-ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanStops</name>
    <message>
        <source>The nurture plan %1 is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause needs a first and a last day, the last not before the first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <source>Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over a year (exact values, not rounded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue to reach in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue of an average deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of opportunities won: 33.3%, 0.333 or 1/3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities the pipeline gives per period (empty: the needed ones), for the table below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the steps below opportunities from this store&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revenue target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average &amp;deal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opportunities per period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close rate: &quot;%1&quot; is not a rate; write 33.3%, 0.333 or 1/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunities per period: &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the store&apos;s conversion rates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed counts are rounded up to whole numbers; the exact value is beside each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not planned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresConnection</name>
    <message>
        <source>The server %1 did not accept the user name or password. Check them (or your ~/.pgpass file) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 has no such database or user. Ask whoever runs the server for the right address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 does not let this user in. Ask whoever runs the server for access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the PostgreSQL store %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuadrantChartView</name>
    <message>
        <source>Interest: low → high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit: low → high</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationFields</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the lead said, in their words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BANT and buying phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount, e.g. 25000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision authority &amp;confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying-center &amp;role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain in the lead&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying &amp;phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position as the lead calls it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nee&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;ming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emplo&amp;yees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nnual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. EUR</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationForm</name>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualifying %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet — your typing is kept as a draft (last kept %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet — your typing is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Nothing was lost: your typing is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: correct the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Score %1, grade %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead in stage %1 cannot be moved by &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the lead is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dis&amp;qualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: a field you changed was also changed elsewhere. See the marked fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-read&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Marketing-qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nur&amp;ture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification of %1 saved: score %2, grade %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On which day should %1 come back into the queue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture cancelled: no day was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture: the lead comes back on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else moved this lead to %1 in the meantime. Decide again if your decision still applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture: the plan is started; the lead comes back on %1 at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationRepository</name>
    <message>
        <source>Lead %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualificationService</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed elsewhere to &quot;%2&quot; after this form was opened. Save again to replace it with &quot;%3&quot;, or set the field to &quot;%2&quot; to keep that.</source>
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
    <message>
        <source>Save and ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be called (do not call): no call can be dialled or logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number of %1 is marked as wrong: no call can be dialled or logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This lead must not be called, its number is marked as wrong, or it has no phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your claim on this lead lapsed at %1 after %n minute(s) without activity, so others can take it now. Press a key or click to work on it again.</source>
        <translation>
            <numerusform>Your claim on this lead lapsed at %1 after %n minute without activity, so others can take it now. Press a key or click to work on it again.</numerusform>
            <numerusform>Your claim on this lead lapsed at %1 after %n minutes without activity, so others can take it now. Press a key or click to work on it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not moved on: the qualification could not be saved (see the marked fields).</source>
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
    <message>
        <source>Nurture step due (score %1): ask &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest crossed the threshold (score %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying phase changed (score %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked for contact (score %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture plan completed: decide (score %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueSettingsDialog</name>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rules apply to every rep working on this store. Times are the lead&apos;s own local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed-to-lead &amp;SLA:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling &amp;hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum unreached attempts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;claim lasts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nurture keeps a lead away for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back in the queue after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling hours: the end (%1) must come after the start (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling days: choose at least one day, or no lead could ever be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture steps of German leads skip this state&apos;s public holidays as well as the national ones. Running plans move their steps off the new state&apos;s holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holi&amp;days of the German state:</source>
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
    <message>
        <source>Search the call queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leads in the call queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>--%1 &quot;%2&quot; is not a date: write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--source &quot;%1&quot; is not a source channel: one of %2, or &quot;&quot; for unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grade &quot;%1&quot; is not a grade: A to E, or &quot;&quot; for unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rep &quot;%1&quot; is no rep of this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period (leads created from this day, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period, included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads of this source channel (&quot;&quot;: unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads of this campaign (&quot;&quot;: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads this rep owns (&quot;&quot;: no owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads of this grade, A to E.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write one CSV file per figure here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the figures as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--csv needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also draw the dashboard into this PNG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also draw the dashboard into this PDF file (a page per chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescoreCommand</name>
    <message>
        <source>%1: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these rules (JSON, as --print-rules writes them) as a new version first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed, for the new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the active rules as JSON and change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--note belongs to --rules FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 leads scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescored %1 leads with rule version %2 in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescoreRunner</name>
    <message>
        <source>Rescoring leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the new rules and rescoring every lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescoring every lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 leads scored…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling — putting every score back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling after the current batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every score is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n lead(s) were rescored with rules version %1; the others keep their scores until the next rescore.</source>
        <translation>
            <numerusform>Cancelled after %n lead were rescored with rules version %1; the others keep their scores until the next rescore.</numerusform>
            <numerusform>Cancelled after %n leads were rescored with rules version %1; the others keep their scores until the next rescore.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RuleWeightsModel</name>
    <message>
        <source>%1 (%2–%3 employees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2+ employees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit: company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit: annual revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit: industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit: position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit: buying-center role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit: negative persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest per event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BANT: budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BANT: authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision authority confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BANT: need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BANT: timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesEditorDialog</name>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as New Version and Rescore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exclusions and flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: version %1, saved %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed and why (agreed with sales on …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High fit from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High interest from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest half-life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest counts for (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BANT at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excludes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subtracts %1 fit points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flags, does not exclude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One value per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclude the lead (total 0, grade E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No change to the active rules yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring every lead with both rule sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1→%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save scoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save these rules as a new version and rescore all %n lead(s) now? Until you do, every score keeps its current version.</source>
        <translation>
            <numerusform>Save these rules as a new version and rescore the %n lead now? Until you do, its score keeps its current version.</numerusform>
            <numerusform>Save these rules as a new version and rescore all %n leads now? Until you do, every score keeps its current version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rules not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Nothing was saved; every score is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved, and every score is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved as version %1; %n lead(s) rescored.</source>
        <translation>
            <numerusform>Saved as version %1; %n lead rescored.</numerusform>
            <numerusform>Saved as version %1; %n leads rescored.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing-qualified from (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-ready from (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-ready needs a confirmed decision authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of %1 leads, %2 would change grade and %3 their stage band (below marketing-qualified, marketing-qualified, sales-ready).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreExplanation</name>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>competitor domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trainee or student position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free-mail address (may hide a real buyer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue from %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual revenue in %1 not scored (no exchange rate to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying-center role: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative persona: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded as %1 — total set to 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 (%3 points before decay, half-life %4 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision authority confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held within 0–maximum (%1 → %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead matches a negative persona and is excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low fit with high interest: an advocate, never sales-ready on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total score is below the SQL threshold of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision authority is not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget is not planned or approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recognised need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timing does not fit the SQL criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below MQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MQL criteria met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL criteria met</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScorePanel</name>
    <message>
        <source>Why this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total score (rules version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit %1 · Interest %2 · BANT %3 · rules v%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚑ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High fit, high interest: check BANT and mark it sales-ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High fit, low interest: develop the interest (nurture).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low fit, high interest: an advocate, never sales-ready on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low fit, low interest: low priority, or disqualify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Quadrant: what fit and interest suggest (not the stage).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing-qualified ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-ready ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-ready ✗: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing-qualified ✗ (needs a total of %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringRules</name>
    <message>
        <source>The employee bands must be in ascending order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revenue bands must be in ascending order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interest half-life must be more than 0 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest events must count for at least 1 day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum of each axis (fit, interest, BANT) must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade thresholds must fall from A to D (A %1, B %2, C %3, D %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL threshold (%1) must not be below the MQL threshold (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revenue currency must be a three-letter code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative persona &quot;%1&quot;: unknown disqualify reason &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid-sized company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail or website domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word in the position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rules, %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a rate above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every rule needs an &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown match &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1 is newer than this LeadScout understands (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rules: not valid JSON at character %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rules: the file must hold one JSON object ({…}), as --print-rules writes it, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list ([…])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an amount below 1,000,000,000,000,000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoringRulesRepository</name>
    <message>
        <source>The scoring rules version %1 in the store cannot be read: %2</source>
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
    <message>
        <source>Default store: give the file (or postgresql:// address) to open at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default store: the folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export folder: %1 is not an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <source>Save Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a read-only copy of the leads you choose, with their history and calls, to one file that a team lead opens elsewhere with the dashboard and planner working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only leads &amp;created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All source channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave out personal data (names, e-mail addresses, phone numbers, addresses and notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new file, e.g. review.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save snapshot as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeadScout stores (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file the snapshot goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the snapshot to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Writing the snapshot to %1: %n row(s) copied…</source>
        <translation>
            <numerusform>Writing the snapshot to %1: %n row copied…</numerusform>
            <numerusform>Writing the snapshot to %1: %n rows copied…</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the snapshot to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a read-only copy of the store, or of some of its leads, for review elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the snapshot to %1. Open it now (read-only)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Sn&amp;apshot…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageDecisions</name>
    <message>
        <source>Lead %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales-ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing-qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total score (%1) is below the MQL threshold of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead in stage %1 cannot be moved by &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day the lead comes back into the queue; it must be after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the lead is disqualified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualified for another reason: describe it in a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An excluded lead can never be marked sales-ready, not even with an override reason. Disqualify it, or correct the details that exclude it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead does not meet the sales-ready criteria. Write an override reason to mark it sales-ready anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead does not meet the marketing-qualified criteria. Write an override reason to mark it marketing-qualified anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a Nurture decision starts a nurture plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepCompletion</name>
    <message>
        <source>There is no nurture step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan of step %1 has ended; the step cannot be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 was recorded already.</source>
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
        <source>%1 is a folder, not a LeadScout store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store %1 is read-only. LeadScout needs to write to the file and to its folder; copy it to a writable place or change its permissions. Nothing was changed.</source>
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
    <message>
        <source>%1 is not a regular file, so not a LeadScout store. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a LeadScout store. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the store %1 is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 cannot be reached; nothing was changed. What you entered is still here: try again when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at schema version %2 and %3 at version %4; open both with this version of LeadScout first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is not empty: it holds %n lead(s). A store is only moved into an empty one; nothing was changed.</source>
        <translation>
            <numerusform>%1 is not empty: it holds %n lead. A store is only moved into an empty one; nothing was changed.</numerusform>
            <numerusform>%1 is not empty: it holds %n leads. A store is only moved into an empty one; nothing was changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy of table %1 does not hold the rows read; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreError</name>
    <message>
        <source>The store is busy: another program or window is writing to it. Try again in a moment; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store can no longer be written (the permissions of its file or folder have changed); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is damaged; nothing more was written to it. Restore it from a backup (the log file names the failing step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds the store is full; nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not carry out a step (%1); nothing was changed. The log file has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped this step (%1). Nothing else was affected; LeadScout keeps running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost; nothing was changed. LeadScout connects again: try once more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreFiles</name>
    <message>
        <source>%1 is the store or one of its files (log, backup). Choose another file; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreLogin</name>
    <message>
        <source>Password for %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the team server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreMoveCommands</name>
    <message>
        <source>Copied %1 leads (%2 rows in %3 tables) to %4 in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty store to move it into (postgresql://host/database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the stores with --from and --to, not --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give both --from FILE and --to URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--filter &quot;%1&quot; is not owner=NAME, stage=KEY (e.g. stage=qualified) or since=YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new, read-only store file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these leads: owner=NAME, stage=KEY or since=YYYY-MM-DD (repeat to combine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out names, e-mail addresses, phone numbers and notes (leads keep their number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give --out FILE for the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreMoves</name>
    <message>
        <source>%1 is the store itself; a snapshot needs a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; a snapshot never overwrites a file. Choose a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from names a server; moving in starts from a store file. To take a server&apos;s data home, use snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source and the target are the same store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot name the snapshot %1; nothing was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Suppressions</name>
    <message>
        <source>same e-mail address and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person erased on request on %1 had this phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person was erased on request on %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamMembersDialog</name>
    <message>
        <source>Team Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New leads go to present members in proportion to their weight. A weight of 0 gives none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a team lead can change weights and absence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPermissions</name>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and cannot change the scoring rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and cannot rescore every lead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and cannot change the queue settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and cannot change the handoff columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and cannot erase leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and cannot change weights or absence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and cannot change the content library or the nurture tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team lead only: your login on this team store is a rep&apos;s and can give leads only to yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamRoles</name>
    <message>
        <source>A member needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>The file is not valid %1 text. Choose its encoding (for example Windows-1252).</source>
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
    <message>
        <source>Nurture plan started: %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture plan ended: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackEditorDialog</name>
    <message>
        <source>Nurture Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any piece of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version %1. Running plans keep the version they started with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackEffectPanel</name>
    <message>
        <source>Responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying-center role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) started, %1 running, %2 re-qualified, %3 response(s).</source>
        <translation>
            <numerusform>%n plan started, %1 running, %2 re-qualified, %3 response.</numerusform>
            <numerusform>%n plans started, %1 running, %2 re-qualified, %3 responses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Track anal&amp;ysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackLibrary</name>
    <message>
        <source>Give the track a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The track &quot;%1&quot; needs at least one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step of &quot;%1&quot; starts before the plan (day %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrackProposal</name>
    <message>
        <source>budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track fits the buying phase %1 and the role %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low fit, high interest: developed as an advocate, never toward sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made for the buying phase %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses the role %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for what is missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to find out in a call: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low fit and low interest: the plan raises interest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueCleaning</name>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <message>
        <source>Develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webinar or event invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WholeFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxPackage</name>
    <message>
        <source>The part %1 of the workbook unpacks to %2 times its packed size, as a zip bomb does; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no part %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook unpacks to more than %2; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>The sheet &quot;%1&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet &quot;%1&quot;; its sheets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the sheet is out of place; the sheet is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell reference &quot;%1&quot; lies outside a sheet; the sheet is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell refers to shared text %1, but the workbook has only %2; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell in row %1 holds more than %2 characters, the most LeadScout reads in a cell; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the sheet has more than %2 columns, the most Excel allows; the file is refused.</source>
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
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>The workbook has no sheets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxXmlStream</name>
    <message>
        <source>The part %1 of the workbook unpacks to more than %2; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook is damaged: %2 (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook ends too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook declares a document type or entities, which no Excel file has; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook nests elements more than %2 deep; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 of the workbook holds a single tag or text longer than %2; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxZip</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook holds %1 parts, more than the %2 a workbook may have; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no Excel workbook (.xlsx); an old .xls file must be saved as .xlsx first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s table of contents is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XlsxZipMember</name>
    <message>
        <source>The part %1 cannot be found in the file; it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 is encrypted; save the workbook without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 is packed in a way LeadScout cannot unpack (method %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpacking the part %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 ends too early; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 cannot be unpacked; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 unpacks to more than it declares; the file is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part %1 fails its checksum; the file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
