namespace NotesSearch.Core.Searching;

/// <summary>One corrected word: what was typed (lower case), the index term that replaces it, how far apart they are.</summary>
/// <param name="Original">The word as typed, lower-cased.</param>
/// <param name="Corrected">The index term it becomes (lower case, as indexed in the unstemmed fields).</param>
/// <param name="Edits">Edit distance (insertions, deletions, substitutions, transpositions), 1 or 2.</param>
/// <param name="DocFreq">How common the correction is: notes holding it, summed over the fields searched.</param>
public sealed record WordCorrection(string Original, string Corrected, int Edits, int DocFreq);
