using System.Globalization;
using System.Text;

namespace Synth;

/// <summary>Builds a deterministic synthetic knowledge base. All randomness comes from one seeded <see cref="Random"/>.</summary>
internal sealed class Generator(int seed)
{
    private readonly Random _rng = new(seed);
    private readonly HashSet<string> _ids = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly KnowledgeBase _kb = new();
    private readonly List<Entity> _kinases = [], _drugs = [], _trials = [], _cytokines = [], _conditions = [], _sources = [];

    // ---------------------------------------------------------------- word lists

    private static readonly string[] Syllables =
    [
        "ra", "xo", "li", "ti", "ba", "ve", "no", "ma", "ci", "to", "fe", "lu", "da", "ze", "ki",
        "po", "su", "ne", "mi", "go", "pa", "ri", "so", "te", "va", "lo", "de", "fi", "ga", "ru",
    ];

    private static readonly string[] Surnames =
    [
        "wang", "li", "zhang", "chen", "kim", "park", "lee", "smith", "garcia", "muller", "rossi", "tanaka",
        "nguyen", "singh", "kumar", "silva", "novak", "jensen", "cohen", "ivanova", "okafor", "haddad", "berg", "moreau",
    ];

    private static readonly string[] Journals =
    [
        "J Hepatol", "Blood", "Nat Med", "Lancet Oncol", "N Engl J Med", "Cancer Res", "J Clin Oncol",
        "Ann Rheum Dis", "Nat Rev Drug Discov", "Cell Rep", "Leukemia", "Hepatology", "Sci Transl Med",
    ];

    /// <summary>Prose vocabulary. Every word has a vowel, so it never equals a generated (consonant-only) glossary acronym.</summary>
    private static readonly string[] Words =
    [
        "the", "of", "in", "and", "with", "was", "were", "a", "to", "for", "by", "on", "that", "this", "across",
        "patients", "cohort", "signalling", "pathway", "activation", "expression", "inhibition", "response", "dose",
        "receptor", "phosphorylation", "tumour", "tissue", "serum", "levels", "baseline", "treatment", "median",
        "analysis", "survival", "study", "trial", "arm", "placebo", "significant", "increase", "decrease", "marker",
        "downstream", "upstream", "kinase", "domain", "binding", "selective", "potent", "oral", "daily", "weeks",
        "months", "observed", "reported", "associated", "higher", "lower", "compared", "group", "subgroup",
        "mutation", "allele", "burden", "clinical", "preclinical", "model", "mouse", "cell", "lines", "assay",
        "inflammatory", "immune", "transcription", "factor", "nuclear", "translocation", "feedback", "loop",
        "resistance", "sensitivity", "exposure", "plasma", "hepatic", "renal", "clearance", "toxicity", "safety",
        "efficacy", "endpoint", "primary", "secondary", "exploratory", "randomised", "open-label", "blinded",
        "retrospective", "prospective", "multicentre", "population", "enrolled", "followed", "consistent",
        "durable", "partial", "complete", "stable", "disease", "progression", "relapse", "remission", "biopsy",
        "staining", "intensity", "score", "threshold", "cut-off", "validated", "independent", "dataset", "findings",
    ];

    private static readonly string[] Adjectives =
    [
        "hepatic", "renal", "serial", "cumulative", "adjusted", "residual", "baseline", "peak", "trough", "relative",
        "absolute", "composite", "modified", "stratified", "weighted", "pooled", "nuclear", "cytoplasmic", "basal", "induced",
    ];

    private static readonly string[] Nouns =
    [
        "signalling", "occupancy", "clearance", "burden", "exposure", "response", "activity", "index", "ratio", "score",
        "fraction", "threshold", "turnover", "density", "latency", "amplitude", "yield", "load", "flux", "reserve",
    ];

    private static readonly (string Term, string? Expansion, string Definition)[] RealGlossary =
    [
        ("JAK", "Janus kinase", "A family of four non-receptor tyrosine kinases that relay cytokine receptor signals."),
        ("STAT", "signal transducer and activator of transcription", "Transcription factors phosphorylated by JAKs."),
        ("ORR", "objective response rate", "Share of patients with a complete or partial response."),
        ("DCR", "disease control rate", "Share of patients whose disease responded or remained stable."),
        ("PFS", "progression-free survival", "Time from randomisation to progression or death."),
        ("OS", "overall survival", "Time from randomisation to death from any cause."),
        ("HR", "hazard ratio", "Ratio of event rates between two groups over time."),
        ("CI", "confidence interval", "Range of values compatible with the data at a given level."),
        ("IC50", "half-maximal inhibitory concentration", "Concentration at which a drug inhibits half of the activity."),
        ("MPN", "myeloproliferative neoplasm", "Blood cancers with overproduction of mature myeloid cells."),
        ("SOCS", "suppressor of cytokine signalling", "Proteins that switch off JAK-STAT signalling in a feedback loop."),
        ("JH1", "JAK homology 1 domain", "The catalytic kinase domain of a JAK."),
        ("JH2", "JAK homology 2 domain", "The regulatory pseudokinase domain of a JAK."),
        ("FERM", null, "An N-terminal domain that anchors JAKs to cytokine receptors."),
        ("SH2", "Src homology 2", "A domain that binds phosphorylated tyrosine residues."),
        ("ATP", "adenosine triphosphate", "The phosphate donor used by kinases."),
        ("TKI", "tyrosine kinase inhibitor", "A small molecule that blocks a tyrosine kinase."),
        ("AE", "adverse event", "Any untoward medical occurrence during treatment."),
        ("SAE", "serious adverse event", "An adverse event that is life-threatening or requires hospitalisation."),
        ("RCT", "randomised controlled trial", "A trial that allocates participants to arms at random."),
        ("ITT", "intention-to-treat", "Analysis of all participants in the arm they were allocated to."),
        ("PK", "pharmacokinetics", "What the body does to a drug over time."),
        ("PD", "pharmacodynamics", "What a drug does to the body."),
        ("AUC", "area under the curve", "Integrated drug exposure over time."),
        ("Cmax", "maximum concentration", "Peak plasma concentration of a drug."),
        ("ECOG", "Eastern Cooperative Oncology Group", "A scale of performance status from 0 to 5."),
        ("RECIST", "Response Evaluation Criteria in Solid Tumours", "Rules for measuring tumour response."),
        ("V617F", null, "The JAK2 pseudokinase mutation that drives most MPNs."),
        ("GOF", "gain of function", "A mutation that increases a protein's activity."),
        ("LOF", "loss of function", "A mutation that removes a protein's activity."),
        ("IHC", "immunohistochemistry", "Antibody staining of tissue sections."),
        ("qPCR", "quantitative polymerase chain reaction", "Measurement of nucleic acid amounts by amplification."),
        ("NGS", "next-generation sequencing", "Massively parallel DNA sequencing."),
        ("CRP", "C-reactive protein", "An acute-phase protein induced by IL-6."),
        ("DAS28", "disease activity score in 28 joints", "A composite score of rheumatoid arthritis activity."),
        ("ACR20", null, "At least 20% improvement by American College of Rheumatology criteria."),
        ("EASI", "Eczema Area and Severity Index", "A score of atopic dermatitis extent and severity."),
        ("BID", "twice daily", "Dosing two times per day."),
    ];

    private static readonly string[] Designs =
    [
        "single-arm phase II trial", "randomised phase III trial", "retrospective cohort", "prospective cohort",
        "preclinical models", "dose-escalation phase I trial", "case series", "meta-analysis",
    ];

    private static readonly string[] CytokineSeeds =
    [
        "IL-2", "IL-4", "IL-6", "IL-7", "IL-9", "IL-10", "IL-12", "IL-13", "IL-15", "IL-21", "IL-23", "IL-27",
        "IL-31", "IL-35", "IFN-alpha", "IFN-beta", "IFN-gamma", "GM-CSF", "G-CSF", "EPO", "TPO", "GH", "Leptin", "OSM", "LIF", "TSLP",
    ];

    // ---------------------------------------------------------------- helpers

    private int Next(int minInclusive, int maxInclusive) => _rng.Next(minInclusive, maxInclusive + 1);
    private bool Chance(double p) => _rng.NextDouble() < p;
    private T Pick<T>(IReadOnlyList<T> list) => list[_rng.Next(list.Count)];

    /// <summary>Heavy-tailed pick: low indices are popular (a few kinases get most drugs, as in reality).</summary>
    private T PickSkewed<T>(IReadOnlyList<T> list)
    {
        var r = _rng.NextDouble();
        return list[Math.Min(list.Count - 1, (int)(list.Count * r * r))];
    }

    private List<string> PickIds(List<Entity> pool, int count, bool skewed, string? exclude = null)
    {
        var result = new List<string>();
        var available = pool.Count - (exclude is null ? 0 : 1);
        count = Math.Min(count, available);
        var guard = 0;
        while (result.Count < count && guard++ < 1000)
        {
            var e = skewed ? PickSkewed(pool) : Pick(pool);
            if (e.Id != exclude && !result.Contains(e.Id))
            {
                result.Add(e.Id);
            }
        }
        return result;
    }

    private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private string Syl(int min, int max)
    {
        var sb = new StringBuilder();
        var k = Next(min, max);
        for (var i = 0; i < k; i++)
        {
            sb.Append(Pick(Syllables));
        }
        return sb.ToString();
    }

    private string UniqueId(string wanted)
    {
        var slug = Slug.Make(wanted);
        if (_ids.Add(slug))
        {
            return slug;
        }
        for (var i = 2; ; i++)
        {
            var s = slug + "-" + i.ToString(CultureInfo.InvariantCulture);
            if (_ids.Add(s))
            {
                return s;
            }
        }
    }

    /// <summary>A display name not used before (titles and aliases stay unambiguous).</summary>
    private string UniqueName(Func<string> make)
    {
        for (var i = 0; i < 20; i++)
        {
            var n = make();
            if (_names.Add(n))
            {
                return n;
            }
        }
        for (var i = 2; ; i++)
        {
            var n = make() + " " + i.ToString(CultureInfo.InvariantCulture);
            if (_names.Add(n))
            {
                return n;
            }
        }
    }

    private string Phrase(int min, int max)
    {
        var k = Next(min, max);
        var sb = new StringBuilder();
        for (var i = 0; i < k; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }
            sb.Append(Pick(Words));
        }
        return sb.ToString();
    }

    private string Sentence(int min, int max) => Cap(Phrase(min, max)) + ".";

    private static string Num(double v, int decimals) => v.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private string Thousands(int v) => v.ToString("N0", CultureInfo.InvariantCulture);

    private Entity NewEntity(string type, string id, string title, List<Entity> list)
    {
        var e = new Entity { Id = id, Type = type, Title = title };
        list.Add(e);
        return e;
    }

    // ---------------------------------------------------------------- generation

    public KnowledgeBase Generate(int n)
    {
        if (n < 4)
        {
            throw new ArgumentOutOfRangeException(nameof(n), "need at least 4 entities (kinase, drug, condition, source)");
        }
        var kinases = Math.Max(1, (int)Math.Round(n * 0.05));
        var drugs = Math.Max(1, (int)Math.Round(n * 0.25));
        var trials = (int)Math.Round(n * 0.40);
        var cytokines = (int)Math.Round(n * 0.15);
        var conditions = Math.Max(1, (int)Math.Round(n * 0.10));
        while (kinases + drugs + trials + cytokines + conditions > n - 1)
        {
            if (trials > 0) trials--;
            else if (cytokines > 0) cytokines--;
            else if (drugs > 1) drugs--;
            else if (conditions > 1) conditions--;
            else kinases--;
        }
        var sources = n - kinases - drugs - trials - cytokines - conditions;

        for (var i = 0; i < sources; i++) MakeSource(i);
        for (var i = 0; i < kinases; i++) MakeKinase(i);
        for (var i = 0; i < conditions; i++) MakeCondition();
        for (var i = 0; i < drugs; i++) MakeDrug(i);
        for (var i = 0; i < cytokines; i++) MakeCytokine(i);
        for (var i = 0; i < trials; i++) MakeTrial();

        MakeGlossary(200);
        MakeBibliography(Math.Max(1, n / 10));

        foreach (var list in new[] { _kinases, _drugs, _trials, _cytokines, _conditions, _sources })
        {
            foreach (var e in list)
            {
                _kb.Entities.Add(e);
                _kb.ById.Add(e.Id, e);
            }
        }

        MakeRelations();
        foreach (var e in _kb.Entities)
        {
            MakeFacts(e);
            e.Body = MakeBody(e);
        }
        foreach (var s in _sources)
        {
            MakeTables(s);
        }
        return _kb;
    }

    private void MakeSource(int i)
    {
        var surname = Pick(Surnames);
        var year = Next(1998, 2025).ToString(CultureInfo.InvariantCulture);
        var e = NewEntity("source", UniqueId(surname + "-" + year), UniqueName(() => Cap(surname) + " et al. " + year), _sources);
        e.Summary = Cap(Phrase(6, 12)) + ", a " + Pick(Designs) + ".";
        var titleFull = Cap(Phrase(8, 16));
        e.Fields
            .Add("authors", $"{Cap(surname)} {(char)('A' + _rng.Next(26))}, {Cap(Pick(Surnames))} {(char)('A' + _rng.Next(26))}, et al.")
            .Add("title_full", titleFull)
            .Add("journal", Pick(Journals))
            .Add("year", year)
            .Add("volume", Next(1, 140).ToString(CultureInfo.InvariantCulture))
            .Add("issue", Next(1, 12).ToString(CultureInfo.InvariantCulture))
            .Add("pages", $"{Next(100, 900)}-{Next(901, 999)}")
            .Add("doi", Chance(0.7) ? $"10.{Next(1000, 9999)}/synth.{i}" : null)
            .Add("pmid", Chance(0.7) ? Next(10000000, 39999999).ToString(CultureInfo.InvariantCulture) : null)
            .Add("url", Chance(0.5) ? $"https://example.org/papers/{e.Id}" : null)
            .Add("published", $"{year}-{Next(1, 12):00}-{Next(1, 28):00}");
    }

    private void MakeKinase(int i)
    {
        string title;
        if (i < 4)
        {
            title = new[] { "JAK1", "JAK2", "JAK3", "TYK2" }[i];
            _names.Add(title);
        }
        else
        {
            title = UniqueName(() => Cap(Syl(2, 3)) + " kinase");
        }
        var e = NewEntity("kinase", UniqueId(title), title, _kinases);
        if (Chance(0.5))
        {
            e.Aliases.Add(UniqueName(() => "Janus-like kinase " + Syl(2, 2).ToUpperInvariant()));
        }
        e.Summary = $"{title} is a {Pick(new[] { "non-receptor tyrosine", "JAK-family", "cytoplasmic" })} kinase involved in {Pick(new[] { "cytokine", "interferon", "growth factor", "haematopoietic" })} signalling.";
        e.Fields
            .Add("identifiers", new List<Map>
            {
                new Map().Add("scheme", "hgnc").Add("value", $"HGNC:{6000 + i}").Add("source", "HGNC (genenames.org), checked 2026-11"),
                new Map().Add("scheme", "uniprot").Add("value", $"P{Next(10000, 99999)}").Add("source", "UniProt, checked 2026-11"),
            })
            .Add("properties", new List<Map>
            {
                new Map().Add("label", "Chromosome location").Add("value", $"{Next(1, 22)}p{Next(11, 36)}.{Next(1, 3)}").Add("source", $"NCBI Gene {3000 + i}"),
            });
    }

    private void MakeCondition()
    {
        var title = UniqueName(() => Cap(Syl(2, 4)) + " " + Pick(new[] { "carcinoma", "syndrome", "disease", "arthritis", "dermatitis", "leukaemia", "fibrosis", "myelofibrosis" }));
        var e = NewEntity("condition", UniqueId(title), title, _conditions);
        e.Summary = $"{title} is a {Pick(new[] { "chronic", "malignant", "inflammatory", "rare" })} condition with {Pick(Words)} {Pick(Words)}.";
        e.Fields.Add("properties", new List<Map>
        {
            new Map().Add("label", "Prevalence").Add("value", $"{Next(1, 900)} per 100,000").Add("source", "GBD 2021"),
        });
    }

    private void MakeDrug(int i)
    {
        var title = UniqueName(() => Cap(Syl(2, 3)) + Pick(new[] { "citinib", "tinib", "litinib", "fitinib", "sitinib", "mab" }));
        var e = NewEntity("drug", UniqueId(title), title, _drugs);
        if (Chance(0.5))
        {
            e.Aliases.Add(UniqueName(() => $"{Syl(1, 1).ToUpperInvariant()}{(char)('A' + _rng.Next(26))}-{Next(100, 99999)}"));
        }
        e.Summary = $"{title} is {Pick(new[] { "an oral", "an injectable", "a topical" })} {Pick(new[] { "selective", "pan-JAK", "dual" })} inhibitor.";
        e.Fields
            .Add("identifiers", new List<Map>
            {
                new Map().Add("scheme", "drugbank").Add("value", $"DB{10000 + i % 89999:00000}").Add("source", "DrugBank, checked 2026-11"),
                new Map().Add("scheme", "chembl").Add("value", $"CHEMBL{100000 + i}").Add("source", "ChEMBL, checked 2026-11"),
            })
            .Add("properties", new List<Map>
            {
                new Map().Add("label", "Molecular weight").Add("value", $"{Num(200 + _rng.NextDouble() * 400, 2)} g/mol").Add("source", "PubChem"),
            });
    }

    private void MakeCytokine(int i)
    {
        var title = i < CytokineSeeds.Length ? CytokineSeeds[i] : $"IL-{40 + i - CytokineSeeds.Length}";
        _names.Add(title);
        var e = NewEntity("cytokine", UniqueId(title), title, _cytokines);
        e.Summary = $"{title} is a cytokine produced by {Pick(new[] { "T cells", "macrophages", "hepatocytes", "fibroblasts", "NK cells" })}.";
        e.Fields
            .Add("receptor_chains", new List<string> { $"{title}Rα", Pick(new[] { "gp130", "common γ chain", "βc", "IFNAR2" }) })
            .Add("jak_dependent", !Chance(0.08));
    }

    private void MakeTrial()
    {
        var title = UniqueName(() => Syl(2, 3).ToUpperInvariant() + "-" + Next(1, 9).ToString(CultureInfo.InvariantCulture));
        var e = NewEntity("trial", UniqueId(title), title, _trials);
        var design = Pick(Designs);
        e.Summary = $"{title} is a {design} of {Pick(Words)} {Pick(Words)}.";
        var interventional = design.Contains("phase", StringComparison.Ordinal);
        e.Fields
            .Add("identifiers", interventional
                ? new List<Map> { new Map().Add("scheme", "nct").Add("value", $"NCT0{Next(1000000, 6999999)}").Add("source", "ClinicalTrials.gov, checked 2026-11") }
                : null)
            .Add("design", design)
            .Add("phase", interventional ? Pick(new[] { "I", "Ib", "II", "IIa", "III" }) : null)
            .Add("population", $"{Pick(new[] { "Advanced", "Treatment-naive", "Refractory", "Moderate-to-severe" })} {Pick(Words)} disease")
            .Add("n", Chance(0.8) ? Thousands(Next(12, 3000)) : null);
    }

    private void MakeGlossary(int total)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (term, expansion, definition) in RealGlossary)
        {
            var aliases = expansion is null ? new List<string>() : [expansion];
            AddTerm(new GlossaryTerm(term, expansion, definition, aliases), used);
        }
        const string consonants = "BCDFGHJKLMNPQRSTVWXZ";
        while (_kb.Glossary.Count < total)
        {
            var len = Next(3, 4);
            var sb = new StringBuilder();
            for (var i = 0; i < len; i++)
            {
                sb.Append(consonants[_rng.Next(consonants.Length)]);
            }
            var term = sb.ToString();
            var expansion = $"{Pick(Adjectives)} {Pick(Nouns)} {Pick(Nouns)}";
            if (used.Contains(term) || used.Contains(expansion))
            {
                continue;
            }
            AddTerm(new GlossaryTerm(term, expansion, Sentence(8, 16), [expansion]), used);
        }
    }

    private void AddTerm(GlossaryTerm t, HashSet<string> used)
    {
        used.Add(t.Term);
        foreach (var a in t.Aliases)
        {
            used.Add(a);
        }
        _kb.Glossary.Add(t);
        _kb.TermByName.Add(t.Term, t);
    }

    private void MakeBibliography(int count)
    {
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var first = _sources[0].Id;
        for (var i = 0; i < count; i++)
        {
            var surname = Pick(Surnames);
            var year = Next(1990, 2025).ToString(CultureInfo.InvariantCulture);
            var key = surname + year;
            if (!keys.Add(key))
            {
                for (var s = 0; ; s++)
                {
                    var k = key + (s < 26 ? ((char)('a' + s)).ToString() : "-" + s.ToString(CultureInfo.InvariantCulture));
                    if (keys.Add(k))
                    {
                        key = k;
                        break;
                    }
                }
            }
            var roll = _rng.NextDouble();
            var status = roll < 0.6 ? "verified" : roll < 0.85 ? "not-found" : "garbled";
            var record = new Map()
                .Add("key", key)
                .Add("authors", $"{Cap(surname)} {(char)('A' + _rng.Next(26))}{(char)('A' + _rng.Next(26))}, {Cap(Pick(Surnames))} {(char)('A' + _rng.Next(26))}, et al.")
                .Add("title", Cap(Phrase(6, 14)))
                .Add("journal", Pick(Journals))
                .Add("year", year)
                .Add("details", $"{Next(1, 140)}({Next(1, 12)}):{Next(100, 800)}-{Next(801, 999)}")
                .Add("doi", status == "verified" && Chance(0.8) ? $"10.{Next(1000, 9999)}/ref.{i}" : null)
                .Add("pmid", status == "verified" && Chance(0.7) ? Next(10000000, 39999999).ToString(CultureInfo.InvariantCulture) : null)
                .Add("status", status)
                .Add("status_note", status switch
                {
                    "verified" => "Matched on PubMed by title, authors and year.",
                    "not-found" => "No record with these authors, year and pages in PubMed or Crossref.",
                    _ => "The printed title and volume disagree with the only close PubMed match.",
                })
                .Add("cited_by", new List<Map> { new Map().Add("source", first).Add("number", i + 1) });
            var r = new Reference(key, i + 1, record);
            _kb.Bibliography.Add(r);
            _kb.RefByKey.Add(key, r);
        }
    }

    private void MakeRelations()
    {
        foreach (var d in _drugs)
        {
            d.Relations.Add(new("targets", PickIds(_kinases, Next(1, 3), skewed: true)));
            if (_drugs.Count > 1 && Chance(0.2))
            {
                d.Relations.Add(new("combined_with", PickIds(_drugs, 1, skewed: true, exclude: d.Id)));
            }
        }
        foreach (var t in _trials)
        {
            t.Relations.Add(new("tests", PickIds(_drugs, Next(1, 2), skewed: true)));
            t.Relations.Add(new("conditions", PickIds(_conditions, 1, skewed: true)));
        }
        foreach (var c in _cytokines)
        {
            if (c.Fields.Get("jak_dependent") is true)
            {
                c.Relations.Add(new("signals_via", PickIds(_kinases, Next(1, 3), skewed: true)));
            }
            c.Relations.Add(new("elevated_in", PickIds(_conditions, 1, skewed: true)));
        }
        foreach (var k in _kinases)
        {
            k.Relations.Add(new("implicated_in", PickIds(_conditions, Next(1, 3), skewed: true)));
        }
    }

    private string RelatedTitle(Entity e, string type, string fallback)
    {
        foreach (var id in e.RelatedIds())
        {
            var r = _kb.ById[id];
            if (r.Type == type)
            {
                return r.Title;
            }
        }
        return fallback;
    }

    private void MakeFacts(Entity e)
    {
        var labels = e.Type switch
        {
            "kinase" => new[] { "{T} overexpression in {C}", "{T} mutation frequency", "Median survival, high {T} expression", "Phospho-{T} positivity", "{T} copy-number gain" },
            "drug" => ["IC50 against {K}", "Objective response rate", "Median progression-free survival", "Grade 3 or higher adverse events", "Plasma half-life", "Oral bioavailability"],
            "trial" => ["Objective response rate", "Disease control rate", "Median overall survival", "Median progression-free survival", "Hazard ratio for death", "Treatment discontinuation"],
            "cytokine" => ["Serum {T} in {C}", "{T} elevation versus controls", "Receptor occupancy", "{T} half-life"],
            "condition" => ["Prevalence", "5-year survival", "Share with JAK pathway activation", "Median age at diagnosis"],
            _ => ["Cohort size", "Median follow-up", "Response rate in primary analysis", "Loss to follow-up"],
        };
        var count = Next(2, 6);
        for (var j = 0; j < count; j++)
        {
            var label = labels[j % labels.Length]
                .Replace("{T}", e.Title, StringComparison.Ordinal)
                .Replace("{K}", RelatedTitle(e, "kinase", "JAK2"), StringComparison.Ordinal)
                .Replace("{C}", RelatedTitle(e, "condition", "controls"), StringComparison.Ordinal);
            var (value, unit) = _rng.Next(6) switch
            {
                0 => (Num(_rng.NextDouble() * 100, 1), "%"),
                1 => (Num(1 + _rng.NextDouble() * 40, 1), "months"),
                2 => (Num(0.5 + _rng.NextDouble() * 200, 1), "nM"),
                3 => ($"{Next(1, 9)}-{Next(10, 20)}", "%"),
                4 => (Num(0.3 + _rng.NextDouble() * 1.2, 2), ""),
                _ => (Thousands(Next(10, 5000)), ""),
            };
            var fact = new Map()
                .Add("id", $"{e.Id}-f{j + 1}")
                .Add("label", label)
                .Add("value", value)
                .Add("unit", unit)
                .Add("comparator", Chance(0.3) ? $"{Pick(new[] { "placebo", "controls", "low expressors", "standard care" })} {Num(_rng.NextDouble() * 60, 1)}%" : null)
                .Add("n", Chance(0.4) ? Thousands(Next(10, 3000)) : null)
                .Add("p", Chance(0.3) ? Pick(new[] { "<0.001", "=0.036", "=0.21", "<0.05", "=0.002", "NS" }) : null)
                .Add("timeframe", Chance(0.25) ? Pick(new[] { "5-year", "12 weeks", "24 weeks", "1-year", "median 18 months" }) : null)
                .Add("source", e.Type == "source" && Chance(0.7) ? e.Id : PickSkewed(_sources).Id)
                .Add("locator", Chance(0.5) ? $"Table {Next(1, 4)}; {Pick(new[] { "Results", "Patient characteristics", "Efficacy", "Safety" })}" : $"p. {Next(1, 12)}, paragraph {Next(1, 6)}")
                .Add("cites", Chance(0.6) ? PickKeys(Next(1, 2)) : null);
            var related = e.RelatedIds().ToList();
            if (related.Count > 0 && Chance(0.15))
            {
                fact.Add("concerns", new List<string> { Pick(related) });
            }
            e.Facts.Add(fact);
        }
    }

    private List<string> PickKeys(int count)
    {
        var keys = new List<string>();
        count = Math.Min(count, _kb.Bibliography.Count);
        while (keys.Count < count)
        {
            var k = PickSkewed(_kb.Bibliography).Key;
            if (!keys.Contains(k))
            {
                keys.Add(k);
            }
        }
        return keys;
    }

    private void MakeTables(Entity s)
    {
        var tables = new List<Map>();
        var count = Next(0, 2);
        for (var t = 0; t < count; t++)
        {
            var rows = new List<Map>();
            var rowCount = Next(3, 6);
            for (var r = 0; r < rowCount; r++)
            {
                var subject = Chance(0.6) ? PickSkewed(_kb.Entities) : null;
                var row = new Map()
                    .Add("cells", new List<string>
                    {
                        subject?.Title ?? Cap(Phrase(2, 3)),
                        $"{Next(1, 9)}-{Next(10, 40)}",
                        $"{Pick(new[] { "Positive", "Negative", "Neutral" })} (p={Num(_rng.NextDouble() * 0.5, 3)})",
                        Num(_rng.NextDouble() * 100, 1),
                    })
                    .Add("concerns", subject is null ? null : new List<string> { subject.Id })
                    .Add("cites", Chance(0.4) ? PickKeys(1) : null);
                rows.Add(row);
            }
            tables.Add(new Map()
                .Add("id", $"table-{t + 1}")
                .Add("caption", $"Table {t + 1}: {Phrase(5, 10)}")
                .Add("columns", new List<string> { "Subject", "Frequency (%)", "Association with survival", "Share (%)" })
                .Add("rows", rows));
        }
        s.Fields.Add("tables", tables);
    }

    // ---------------------------------------------------------------- prose

    private string MakeBody(Entity e)
    {
        var targetWords = Next(130, 250); // sentences overshoot; bodies end up at ~150-300 words
        var paragraphs = Next(2, 4);
        var perParagraph = targetWords / paragraphs;
        var related = e.RelatedIds().ToList();
        var sb = new StringBuilder();
        for (var p = 0; p < paragraphs; p++)
        {
            if (p == paragraphs - 1 && paragraphs > 2 && Chance(0.5))
            {
                sb.Append("## ").Append(Pick(new[] { "Clinical evidence", "Mechanism", "Open questions", "Findings" })).Append("\n\n");
            }
            var words = 0;
            var first = true;
            while (words < perParagraph)
            {
                if (!first)
                {
                    sb.Append(' ');
                }
                first = false;
                words += AppendSentence(sb, e, related);
            }
            sb.Append("\n\n");
            if (p == 0 && Chance(0.3))
            {
                for (var i = 0; i < 3; i++)
                {
                    sb.Append("- ").Append(Cap(Phrase(4, 8)));
                    if (Chance(0.3))
                    {
                        sb.Append(' ').Append(Cite());
                    }
                    sb.Append(".\n");
                }
                sb.Append('\n');
            }
        }
        return sb.ToString().TrimEnd() + "\n";
    }

    private int AppendSentence(StringBuilder sb, Entity e, List<string> related)
    {
        var len = Next(8, 18);
        var tokens = new List<string>(len + 4);
        for (var i = 0; i < len; i++)
        {
            tokens.Add(Pick(Words));
        }
        if (Chance(0.45))
        {
            var t = PickSkewed(_kb.Glossary);
            var text = Chance(0.05) ? $"[[term:{t.Term}]]" : t.Aliases.Count > 0 && Chance(0.4) ? t.Aliases[0] : t.Term;
            tokens.Insert(_rng.Next(1, tokens.Count), text);
        }
        if (Chance(0.35))
        {
            var targetId = related.Count > 0 && Chance(0.7) ? Pick(related) : PickSkewed(_kb.Entities).Id;
            if (targetId != e.Id)
            {
                var target = _kb.ById[targetId];
                var link = Chance(0.6)
                    ? $"[[{target.Id}]]"
                    : $"[[{target.Type}:{target.Id}|{(target.Aliases.Count > 0 && Chance(0.5) ? target.Aliases[0] : target.Title)}]]";
                tokens.Insert(_rng.Next(1, tokens.Count), link);
            }
        }
        if (Chance(0.05))
        {
            var i = _rng.Next(1, tokens.Count);
            if (!tokens[i].StartsWith('[') && !tokens[i].Contains(' ', StringComparison.Ordinal))
            {
                var mark = Chance(0.5) ? "**" : "*";
                tokens[i] = mark + tokens[i] + mark;
            }
        }
        tokens[0] = Cap(tokens[0]);
        sb.AppendJoin(' ', tokens);
        if (Chance(0.35))
        {
            sb.Append(' ').Append(Cite());
        }
        sb.Append('.');
        return tokens.Count;
    }

    private string Cite()
    {
        var keys = PickKeys(Chance(0.75) ? 1 : 2);
        return "[" + string.Join("; ", keys.Select(k => "@" + k)) + "]";
    }
}
