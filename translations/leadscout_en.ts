<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Commands</name>
    <message>
        <source>leadscout %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try 'leadscout %1 --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store: a SQLite file or a postgresql:// URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log debug detail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2, not "%3".</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <source>Stage history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No lead selected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a lead from the list to see its details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (grade %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — created as %2 by %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2 → %3 by %4</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadListModel</name>
    <message>
        <source>ID</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LeadRepository</name>
    <message>
        <source>Lead %1 no longer exists.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Usage: leadscout [--db PATH|postgresql://…] [--verbose]   open the workstation
       leadscout COMMAND [options]                       run a command without a window

Commands:
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>
Exit codes: 0 success, 1 failure, 2 bad usage. 'leadscout COMMAND --help' describes a command.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>leadscout: unknown command "%1".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Try 'leadscout --help'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store to open: a SQLite file or a postgresql:// URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Log debug detail.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LeadScout</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Open Store…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open another LeadScout store (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About LeadScout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Team</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — LeadScout</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n lead(s) in %1</source>
        <translation>
            <numerusform>%n lead in %1</numerusform><numerusform>%n leads in %1</numerusform></translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LeadScout stores (*.sqlite);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About LeadScout</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;LeadScout %1&lt;/h3&gt;&lt;p&gt;The workstation for lead qualification: work the call queue, qualify by BANT, hand sales-ready leads to sales.&lt;/p&gt;&lt;p&gt;Store: %2&lt;br&gt;Log file: %3&lt;br&gt;Qt %4&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Excel workbook (XLSX)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comma (,)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Semicolon (;) for German Excel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default &amp;store:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;format:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV &amp;delimiter:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export f&amp;older:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new language takes effect when LeadScout is started again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default store</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LeadScout stores (*.sqlite);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export folder</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot create the store %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach the PostgreSQL store %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a folder, not a LeadScout store.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store %1 is read-only. LeadScout needs to write to the file and to its folder; copy it to a writable place or change its permissions. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read the store %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a LeadScout store or is damaged: it does not begin with a SQLite header. It was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no store at %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the store %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store %1 is locked by another program that is writing to it. Try again when it has finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store %1 is read-only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store %1 is damaged and was left untouched (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds another program's data, not a LeadScout store. It was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not back up %1 before upgrading it; nothing was changed (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store %1 was written by a newer LeadScout (schema version %2; this version understands up to %3). Update LeadScout to open it; the store was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store %1 is locked by another program that is writing to it. Try again when it has finished; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The store %1 could not be prepared and was left as it was: %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Handed off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nurture</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disqualified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Competitor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Job applicant</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Student or private person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No budget</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No need</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No authority reachable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid contact data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside territory</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unreachable after repeated attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asked not to be contacted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Voicemail left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gatekeeper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Callback requested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not interested</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Influencer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision maker</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Technical decider</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finance / controller</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Executive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Procurement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recognised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Later than 12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>6–12 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>3–6 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within 3 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Awareness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consideration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Investigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Web form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webinar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trade fair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whitepaper download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paid search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mailing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purchased list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbound call</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail click</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Landing-page visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social reaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Download</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Webinar attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Event attended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whitepaper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Industry study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best-practice report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Datasheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ROI calculation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Social</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sales-ready candidate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C-level</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>VP / director</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Head of department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Specialist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trainee / student</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manufacturing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Software and IT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finance and insurance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Healthcare</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Logistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public sector</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Professional services</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>