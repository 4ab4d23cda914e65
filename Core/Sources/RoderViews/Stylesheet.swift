import Foundation

/// Roder's own stylesheet, served from memory under a name that changes with its content,
/// so browsers may cache it forever. Print rules are at the end.
public enum Stylesheet {
    public static let css: String = #"""
        :root {
          --ink: #1b2430; --muted: #4a5565; --line: #c9d1db; --paper: #ffffff; --wash: #f3f5f8;
          --brand: #0b4f8a; --brand-ink: #ffffff; --accent: #0b4f8a; --focus: #ffbf47;
          --ok: #1d6b36; --warn: #8a4b00; --bad: #a4161a; --info-bg: #e8f1fa;
          font-family: "Segoe UI", system-ui, -apple-system, "DejaVu Sans", sans-serif;
          color: var(--ink); background: var(--wash); line-height: 1.5;
        }
        * { box-sizing: border-box; }
        body { margin: 0; font-size: 1rem; }
        a { color: var(--accent); }
        a:hover { text-decoration-thickness: 2px; }
        :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--ink); }
        .skip-link { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; z-index: 10; }
        .skip-link:focus { left: 1rem; top: 1rem; }
        .site-header { background: var(--brand); color: var(--brand-ink); }
        .site-header a { color: var(--brand-ink); }
        .bar { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; padding: .6rem 1rem; max-width: 72rem; margin: 0 auto; }
        .brand { font-weight: 700; font-size: 1.25rem; text-decoration: none; letter-spacing: .02em; }
        .organisation-name { opacity: .95; }
        .bar-end { margin-left: auto; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; }
        .user-menu { display: flex; align-items: center; gap: .75rem; }
        .inline { display: inline; margin: 0; }
        .link-button { background: none; border: 0; color: inherit; text-decoration: underline; font: inherit; cursor: pointer; padding: .25rem; }
        .language-switch { display: flex; gap: .25rem; margin: 0; }
        .language-switch button, .language-switch .current-language { font: inherit; font-size: .9rem; padding: .2rem .55rem; border-radius: 3px; }
        .language-switch button { background: transparent; color: inherit; border: 1px solid currentColor; cursor: pointer; }
        .language-switch .current-language { background: var(--paper); color: var(--brand); border: 1px solid var(--paper); font-weight: 600; }
        .card .language-switch button { color: var(--brand); }
        .card .language-switch .current-language { background: var(--brand); color: var(--brand-ink); }
        .site-nav { background: #083c69; }
        .site-nav ul { list-style: none; margin: 0 auto; padding: 0 .5rem; display: flex; flex-wrap: wrap; max-width: 72rem; }
        .site-nav a { display: block; padding: .55rem .6rem; text-decoration: none; color: #fff; border-bottom: 3px solid transparent; }
        .site-nav a:hover { border-bottom-color: #9cc3e6; }
        .site-nav a[aria-current="page"] { border-bottom-color: var(--focus); font-weight: 600; }
        main { display: block; max-width: 72rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; }
        main:focus { outline: none; }
        h1 { font-size: 1.75rem; line-height: 1.25; margin: .25rem 0 1rem; }
        h2 { font-size: 1.25rem; margin: 0 0 .75rem; }
        .lead { font-size: 1.1rem; color: var(--muted); max-width: 48rem; }
        .muted { color: var(--muted); font-weight: normal; }
        .hint { color: var(--muted); font-size: .95rem; margin: .15rem 0 .35rem; }
        .narrow { max-width: 32rem; }
        .card { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.25rem; margin: 0 0 1.25rem; }
        .notice { border-left: 5px solid var(--ok); background: #e9f5ec; padding: .6rem 1rem; margin: 0 0 1rem; border-radius: 3px; }
        .notice.warning { border-left-color: var(--warn); background: #fdf1e3; }
        .figure-value.over, td.over { color: var(--bad); }
        input.amount { max-width: 12rem; }
        .page-links { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
        .notice.info { border-left-color: var(--brand); background: var(--info-bg); }
        .notice p { margin: .25rem 0; }
        .stack > * + * { margin-top: 1rem; }
        .field label, .field legend { display: block; font-weight: 600; margin-bottom: .25rem; }
        fieldset.field { border: 0; padding: 0; margin-left: 0; margin-right: 0; }
        input[type=text], input[type=email], input[type=password], input[type=url], input[type=search], select {
          font: inherit; width: 100%; max-width: 30rem; padding: .55rem .6rem; border: 2px solid #5b6776; border-radius: 4px; background: #fff; color: var(--ink);
        }
        textarea { font: inherit; width: 100%; max-width: 40rem; padding: .5rem .6rem; border: 2px solid #5b6776; border-radius: 4px; }
        .has-error input, .has-error select { border-color: var(--bad); }
        .plain-list.columns { columns: 2 18rem; column-gap: 2rem; }
        .plain-list.columns li { break-inside: avoid; }
        fieldset.language-group { border-top: 1px solid var(--line); padding-top: .75rem; }
        .badge.warning { background: #fdf1e3; color: var(--warn); }
        .error-message { color: var(--bad); font-weight: 600; margin: .1rem 0 .3rem; }
        .error-summary { border: 3px solid var(--bad); padding: .6rem 1rem; border-radius: 4px; background: #fff; }
        .error-summary h2 { font-size: 1.1rem; color: var(--bad); }
        .check { display: flex; align-items: center; gap: .5rem; margin: .35rem 0; }
        .check input { width: 1.25rem; height: 1.25rem; }
        button, .button { font: inherit; padding: .55rem 1.1rem; border-radius: 4px; border: 2px solid var(--brand); background: #fff; color: var(--brand); cursor: pointer; text-decoration: none; display: inline-block; }
        button.primary, .button.primary { background: var(--brand); color: var(--brand-ink); }
        button:hover, .button:hover { filter: brightness(1.1); }
        .table-wrap { overflow-x: auto; margin-bottom: 1rem; position: relative; }
        table.data { border-collapse: collapse; width: 100%; background: var(--paper); }
        table.data caption { text-align: left; font-weight: 600; padding: .5rem 0; }
        table.data th, table.data td { text-align: left; vertical-align: top; padding: .5rem .6rem; border-bottom: 1px solid var(--line); }
        table.data thead th { border-bottom: 2px solid var(--ink); }
        table.data tbody th { font-weight: 600; }
        dl.counts { display: grid; grid-template-columns: max-content max-content; gap: .25rem 1.5rem; }
        dl.counts dd, dl.details dd { margin: 0; }
        dl.details { display: grid; grid-template-columns: max-content 1fr; gap: .35rem 1.5rem; }
        dl.details dt { font-weight: 600; }
        .plain-list { list-style: none; padding: 0; }
        .empty-state { border: 2px dashed var(--line); border-radius: 6px; padding: 1rem 1.25rem; margin: 1rem 0; max-width: 42rem; }
        .empty-state p:last-child { margin-bottom: 0; }
        .checklist { list-style: none; padding: 0; margin: .5rem 0 0; }
        .checklist li { display: grid; grid-template-columns: 1.6rem 1fr auto; gap: .2rem .7rem; align-items: center; padding: .5rem 0;
          border-top: 1px solid var(--line); }
        .checklist li:first-child { border-top: 0; }
        .checklist .step-mark { width: 1.6rem; height: 1.6rem; border: 2px solid var(--muted); border-radius: 50%; text-align: center;
          line-height: 1.4rem; font-weight: bold; font-size: .9rem; box-sizing: border-box; }
        .checklist li.done .step-mark { border-color: var(--ok); background: var(--ok); color: var(--paper); }
        .checklist li.done .step-text { color: var(--muted); }
        @media (max-width: 40rem) { .checklist li { grid-template-columns: 1.6rem 1fr; } .checklist li > :nth-child(3) { grid-column: 2; } }
        .plain-list li { padding: .4rem 0; border-bottom: 1px solid var(--line); }
        .pagination { display: flex; gap: 1rem; margin-top: 1rem; }
        .site-footer { max-width: 72rem; margin: 0 auto; padding: 1rem; color: var(--muted); font-size: .9rem; border-top: 1px solid var(--line); }
        svg.level-bar { vertical-align: middle; }
        svg.level-bar .level-1 { fill: #c9d6e3; } svg.level-bar .level-2 { fill: #8aa6c1; }
        svg.level-bar .level-3 { fill: #4f7aa3; } svg.level-bar .level-4 { fill: #0b4f8a; }
        ol.level-list { padding-left: 0; list-style: none; margin: .25rem 0 .5rem; }
        ol.level-list li { margin: .2rem 0; }
        .competence + .competence { border-top: 1px solid var(--line); margin-top: 1rem; padding-top: .5rem; }
        .competence-rating { border: 1px solid var(--line) !important; border-radius: 6px; padding: .6rem .8rem !important; }
        .competence-rating legend { font-size: 1.05rem; padding: 0 .25rem; }
        .competence-rating .check { align-items: flex-start; padding: .3rem 0; }
        .competence-rating .check input { flex: none; margin-top: .15rem; }
        .competence-rating .check label { font-weight: 400; margin: 0; }
        .competence-rating summary { cursor: pointer; color: var(--brand); margin-top: .35rem; }
        details.attendance-list > summary { cursor: pointer; font-weight: 600; padding: .35rem 0; }
        .qr svg.qr-code { width: 14rem; max-width: 100%; height: auto; display: block; margin: .5rem 0; }
        ul.inline-list { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; }
        table.data tr.total th, table.data tr.total td { border-top: 2px solid var(--line); font-weight: 600; }
        .prose p { margin: 0 0 .6rem; max-width: 65ch; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
        .tabs ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem; padding: 0; margin: 0 0 1rem; border-bottom: 2px solid var(--line); }
        .tabs a { display: block; padding: .45rem .8rem; text-decoration: none; border: 2px solid transparent; border-bottom: 0; border-radius: 4px 4px 0 0; }
        .tabs a[aria-current="page"] { border-color: var(--line); background: var(--paper); font-weight: 600; color: var(--ink); margin-bottom: -2px; border-bottom: 2px solid var(--paper); }
        .breadcrumbs ol { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem; padding: 0; margin: 0 0 1rem; }
        .breadcrumbs li + li::before { content: "›"; margin-right: .35rem; color: var(--muted); }
        form.search { display: flex; flex-wrap: wrap; align-items: end; gap: .5rem; margin: 0 0 1.25rem; }
        form.search label { width: 100%; font-weight: 600; }
        input[type=search] { font: inherit; padding: .5rem .6rem; border: 2px solid #5b6776; border-radius: 4px; min-width: 16rem; flex: 1 1 16rem; max-width: 30rem; }
        ul.tree, ul.tree ul { list-style: none; margin: 0; padding-left: 1.25rem; }
        ul.tree { padding-left: 0; background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
        ul.tree li { margin: .2rem 0; }
        ul.tree ul { border-left: 2px solid var(--line); margin-left: .4rem; }
        ul.tree summary { cursor: pointer; color: var(--muted); font-size: .92rem; width: max-content; }
        ul.tree details { margin: .1rem 0 .3rem; }
        ul.tree a.more { display: block; font-size: .92rem; margin-left: 1.25rem; }
        .meta { color: var(--muted); font-size: .92rem; }
        .badge { display: inline-block; margin-left: .5rem; padding: 0 .45rem; border-radius: 3px; background: var(--info-bg); color: var(--brand); font-size: .85rem; font-weight: 600; }
        ul.figures { list-style: none; padding: 0; margin: 0 0 1.25rem; display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .75rem; }
        ul.figures li { background: var(--paper); border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
        .figure-value { display: block; font-size: 1.6rem; font-weight: 700; }
        .figure-label { color: var(--muted); }
        .chart-scroll { overflow-x: auto; }
        svg.chart { width: 100%; max-width: 40rem; height: auto; }
        svg.chart .bar { fill: #7a8aa0; }
        svg.chart .bar.highlighted { fill: var(--brand); }
        svg.chart .axis { stroke: var(--ink); stroke-width: 1; }
        svg.chart text { font-size: 13px; fill: var(--ink); font-family: inherit; }
        svg.org-chart { max-width: 100%; height: auto; }
        svg.org-chart .node { fill: var(--paper); stroke: #5b6776; stroke-width: 1.5; }
        svg.org-chart .node.root { fill: var(--info-bg); stroke: var(--brand); stroke-width: 2; }
        svg.org-chart .link { stroke: #5b6776; stroke-width: 1.5; }
        svg.org-chart .node-title { font-size: 14px; font-weight: 700; fill: var(--ink); }
        svg.org-chart .node-line { font-size: 12px; fill: var(--muted); }
        svg.org-chart a:focus .node, svg.org-chart a:hover .node { stroke: var(--brand); stroke-width: 3; }
        table.data.compact { width: auto; min-width: 16rem; }
        table.data .number { text-align: right; font-variant-numeric: tabular-nums; }
        .actions-list { list-style: none; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; }
        .edit-link { font-size: .95rem; }
        form + .card, form + section.card { margin-top: 1.75rem; }
        .missing-name { display: inline-block; }
        fieldset.picker-choices { border: 1px solid var(--line); border-radius: 4px; margin: .5rem 0 0; padding: .25rem .75rem .5rem; max-width: 30rem; }
        fieldset.picker-choices legend { font-weight: 600; padding: 0 .25rem; }
        td.samples { color: var(--muted); max-width: 20rem; overflow-wrap: anywhere; }
        .actions { margin-top: 1rem; }
        /* Status: a word and a colour, never the colour alone; dark text on light tints for AA contrast. */
        .status { display: inline-block; white-space: nowrap; padding: .05rem .5rem; border-radius: 3px; font-weight: 600; font-size: .92rem; border-left: 4px solid; }
        .status-on-track { background: #e3f3e7; color: #14532d; border-color: #1d6b36; }
        .status-at-risk { background: #fdf1e3; color: #6b3700; border-color: #b45f06; }
        .status-off-track { background: #fbe7e7; color: #7f1d1d; border-color: #a4161a; }
        .status-done { background: #e8f1fa; color: #0b3c66; border-color: #0b4f8a; }
        .status-not-started { background: #eef0f3; color: #374151; border-color: #6b7280; }
        ul.figures .status { font-size: .85rem; }
        .comment { margin: .25rem 0 0; color: var(--muted); white-space: pre-line; }
        .status-choice .check label { font-weight: 400; }
        .status-choice .check { padding: .35rem 0; }
        .status-choice input[type=radio] { width: 1.35rem; height: 1.35rem; }
        .progress { font-weight: 700; font-variant-numeric: tabular-nums; padding: 0 .35rem; border-radius: 3px; }
        .progress-green { background: #e3f3e7; color: #14532d; }
        .progress-amber { background: #fdf1e3; color: #6b3700; }
        .progress-red { background: #fbe7e7; color: #7f1d1d; }
        .progress-grey { color: var(--muted); }
        .indicator { border-top: 1px solid var(--line); padding-top: .75rem; margin-top: .75rem; }
        .indicator h3 { margin: 0 0 .25rem; font-size: 1.05rem; }
        svg.progress-chart .track { fill: #e6e9ee; }
        svg.progress-chart .fill-green { fill: #2f7d46; }
        svg.progress-chart .fill-amber { fill: #b86a00; }
        svg.progress-chart .fill-red { fill: #b42323; }
        svg.line-chart .target { stroke: var(--brand); stroke-width: 1.5; stroke-dasharray: 6 4; }
        svg.line-chart .series { fill: none; stroke: var(--ink); stroke-width: 2; }
        svg.line-chart .point { fill: var(--ink); }
        svg.history-chart .series.series-1 { stroke: var(--brand); stroke-dasharray: 8 4; }
        svg.history-chart .point.series-1 { fill: var(--brand); }
        .measure-form { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: end; margin-top: .75rem; }
        .measure-form .field { margin: 0; }
        .invitation-choice details { margin: .35rem 0; }
        .invitation-choice summary, details.invite-more > summary { cursor: pointer; color: var(--brand); text-decoration: underline; padding: .25rem 0; }
        .responsible-choice .choices, .invitation-choice .choices { max-height: 18rem; overflow-y: auto; border: 1px solid var(--line); border-radius: 4px; padding: .25rem .75rem; background: var(--paper); }
        .responsible-choice .check label { font-weight: 400; }
        input[type=date], input[type=time], input[type=number] { font: inherit; padding: .45rem .5rem; border: 2px solid #5b6776; border-radius: 4px; }
        .field .check label { font-weight: 400; }
        td .status, li .status { margin-left: .4rem; }
        .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.25rem; }
        .inline-form { display: inline-block; margin: 0 .5rem .25rem 0; }
        .inline-fields { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem .75rem; margin: 0 0 1rem; }
        .inline-fields select { width: auto; max-width: 100%; }
        .inline-fields label, .field .inline-fields label { display: inline; font-weight: 600; margin: 0; }
        .inline-form select { width: auto; margin-right: .35rem; }
        button.danger { background: var(--bad); border-color: var(--bad); color: #fff; }
        .inline-form button, .row-actions button, .row-actions .button, details.correction button { padding: .3rem .75rem; }
        .row-actions .button { line-height: normal; }
        button.secondary, .button.secondary { border-color: #5b6776; color: #374151; }
        .row-actions { display: flex; flex-wrap: wrap; align-items: flex-start; gap: .25rem; margin-top: .35rem; }
        ol.area-list > li { border-top: 1px solid var(--line); padding: .6rem 0; }
        ol.area-list h3 { margin: 0 0 .25rem; font-size: 1.05rem; }
        .milestone { margin: .2rem 0 0; font-size: .92rem; color: var(--muted); }
        .milestone.overdue { color: var(--bad); }
        .milestone.overdue::before, .milestone-row.overdue::before { content: "⚠ "; }
        ol.milestones > li { padding: .45rem 0; border-top: 1px solid var(--line); }
        .milestone-row.done { color: var(--muted); }
        .milestone-row .inline-form { margin-left: .5rem; }
        ul.responsibilities > li { border-top: 1px solid var(--line); padding: .75rem 0; }
        ul.responsibilities h3 { margin: 0; font-size: 1.05rem; }
        .quick-update { display: grid; grid-template-columns: minmax(10rem, 14rem) 1fr; gap: .25rem 1rem; align-items: start; margin-top: .5rem; }
        .quick-update .hint, .quick-update button { grid-column: 1 / -1; justify-self: start; }
        .quick-update textarea { width: 100%; }
        details.took-part > summary { cursor: pointer; color: var(--brand); font-weight: 600; padding: .3rem 0; width: max-content; }
        details.took-part[open] { border-left: 3px solid var(--brand); padding-left: .75rem; margin: .35rem 0; }
        details.correction { display: inline-block; margin-left: .5rem; }
        details.correction summary { cursor: pointer; color: var(--brand); text-decoration: underline; }
        ul.values li { padding: .2rem 0; }
        .status-locked { background: #eef0f3; color: #374151; border-color: #6b7280; }
        .scale-choices { display: flex; gap: .4rem; max-width: 24rem; }
        .scale-choice { flex: 1; position: relative; }
        .scale-choice input { position: absolute; opacity: 0; width: 1px; height: 1px; margin: 0; pointer-events: none; }
        .field .scale-choice label { display: block; text-align: center; padding: .65rem 0; margin: 0; border: 2px solid #5b6776; border-radius: 6px; background: var(--paper); font-size: 1.15rem; cursor: pointer; }
        .scale-choice input:checked + label { background: var(--brand); border-color: var(--brand); color: var(--brand-ink); }
        .scale-choice input:focus-visible + label { outline: 3px solid var(--focus, #f6b73c); outline-offset: 2px; }
        fieldset.scale { border: 0; padding: 0; margin: 0; }
        .check-in-code { font-family: ui-monospace, monospace; font-size: 3rem; font-weight: 700; letter-spacing: .3em; margin: .25rem 0 1rem; }
        ul.attendees li { padding: .3rem 0; border-top: 1px solid var(--line); }
        ul.attendees .inline-form { display: inline-flex; flex-wrap: wrap; gap: .5rem; align-items: center; vertical-align: middle; }
        ul.attendees .inline-form input[type=text] { width: 16rem; max-width: 100%; padding: .3rem .5rem; }
        .change-forms { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: 1rem; }
        .change-form { border: 1px solid var(--line); border-radius: 6px; padding: .75rem 1rem; }
        .change-form h3 { margin: 0; font-size: 1.05rem; }
        .change-form select, .change-form input { max-width: 100%; }
        table.comparison td, table.comparison th { white-space: nowrap; }
        @media (max-width: 40rem) {
          .bar { padding: .5rem .75rem; }
          .bar-end { margin-left: 0; width: 100%; justify-content: space-between; }
          .quick-update { grid-template-columns: 1fr; }
          /* One row that scrolls sideways instead of a wall of links above the content. */
          .site-nav ul { flex-wrap: nowrap; overflow-x: auto; scrollbar-width: thin; }
          .site-nav li { flex: 0 0 auto; }
          .site-nav a { padding: .5rem .55rem; }
          h1 { font-size: 1.45rem; }
          main { padding: 1rem .75rem 2rem; }
          dl.details { grid-template-columns: 1fr; }
          table.data th, table.data td { padding: .4rem .35rem; }
          /* A badge such as "coming more and more rarely" may wrap, so a three-column table fits a phone. */
          table.data .status { white-space: normal; }
        }
        .report-cover { margin-bottom: 1.5rem; }
        .report-organisation { font-weight: 600; margin: 0; }
        .report-title { font-size: 1.6rem; font-weight: 700; margin: .25rem 0; }
        .report-programme { font-size: 1.2rem; margin: 0 0 .5rem; }
        .report-contents ol { padding-left: 1.5rem; }
        .report-section { margin: 2rem 0; }
        .report-area { margin: 1rem 0 1.5rem; }
        .owner-text { border-left: 3px solid var(--brand); padding-left: .75rem; margin: .5rem 0 1rem; }
        .owner-text h4 { margin: 0 0 .25rem; font-size: .95rem; }
        .report-figure { font-size: 1.1rem; font-weight: 600; }
        .report th .hint { font-weight: normal; font-size: .9em; }
        .bilingual { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
        .bilingual > div { min-width: 0; }
        .bilingual table.data { font-size: .8rem; }
        .bilingual table.data th, .bilingual table.data td { padding: .3rem .35rem; }
        @media (max-width: 60rem) { .bilingual { grid-template-columns: 1fr; } }
        @page { size: A4; margin: 15mm 14mm 18mm; @bottom-right { content: counter(page); font-size: 9pt; } }
        @page report-landscape { size: A4 landscape; }
        @media print {
          :root { background: #fff; font-size: 11pt; }
          .bilingual-report { page: report-landscape; }
          /* Side by side the cover names the report in both languages: the page's own heading would take a page of its own. */
          main:has(.bilingual-report) > h1 { display: none; }
          .bilingual table.data { table-layout: fixed; width: 100%; font-size: 7.5pt; }
          .bilingual table.data th, .bilingual table.data td { overflow-wrap: break-word; hyphens: auto; }
          .bilingual .status { white-space: normal; }
          .bilingual table.goals-table th:nth-child(1) { width: 25%; }
          .bilingual table.goals-table th:nth-child(2) { width: 18%; }
          .bilingual table.goals-table th:nth-child(3) { width: 21%; }
          .bilingual { gap: 8mm; }
          .report-contents { break-after: page; }
          .report-section { break-before: page; margin: 0; }
          .report-area { break-inside: auto; }
          .report .table-wrap { overflow: visible !important; }
          .report table.data { width: 100%; }
          .report thead { display: table-header-group; }
          .report h3, .report h4 { break-after: avoid; }
          .site-header, .site-nav, .skip-link, .site-footer, .language-switch, form, .pagination, .button { display: none !important; }
          main { max-width: none; padding: 0; }
          :root { font-size: 9.5pt; }
          .no-print { display: none !important; }
          h1 { font-size: 1.5rem; margin: 0 0 .3rem; }
          h2 { font-size: 1.15rem; margin: .4rem 0 .2rem; break-after: avoid; }
          .lead { margin: 0 0 .3rem; }
          .card { border: 0; padding: 0; margin: 0 0 .4rem; box-shadow: none; }
          .figures { gap: .3rem; margin: .2rem 0; }
          ul.figures li { padding: .15rem .5rem; }
          .figure-value { display: inline; font-size: 1.1rem; margin-right: .3rem; }
          svg.progress-chart { max-width: 26rem; }
          .status { border: 1px solid #555; }
          a { color: inherit; text-decoration: none; }
          table.data th, table.data td { padding: .15rem .35rem; }
          table.data tr { break-inside: avoid; }
          table.data td p { margin: .1rem 0 0; }
          .comment { font-size: .9em; }
        }
        """#

    /// A favicon drawn in SVG: the R of Roder on the brand colour.
    public static let icon: String =
        ##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b4f8a"/><text x="16" y="23" font-family="sans-serif" font-size="20" font-weight="700" text-anchor="middle" fill="#fff">R</text></svg>"##

    /// Content-addressed names: a change to the CSS changes the URL.
    public static let fileName = "roder-\(fingerprint(css)).css"
    public static let iconName = "icon-\(fingerprint(icon)).svg"

    /// FNV-1a, enough to tell versions apart (not a security hash).
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return String(hash, radix: 16)
    }
}
