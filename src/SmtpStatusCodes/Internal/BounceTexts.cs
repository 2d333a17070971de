namespace SmtpStatusCodes.Internal;

/// <summary>Maps a description language (the code tables' cultures) to the bounce texts' culture, once.</summary>
internal static class BounceTexts
{
    // DescriptionLanguage indexes the code description tables; the bounce texts come from their own files, matched by name.
    private static readonly string[][] ByLanguage = Map();

    public static string Get(DescriptionLanguage language, int index) => ByLanguage[language.Index][index];

    private static string[][] Map()
    {
        var map = new string[DescriptionTables.CultureNames.Length][];
        for (var i = 0; i < map.Length; i++)
        {
            var found = System.Array.IndexOf(BounceTables.TextCultures, DescriptionTables.CultureNames[i]);
            map[i] = BounceTables.Texts[found < 0 ? 0 : found];
        }

        return map;
    }
}
