/** The search box of the help pages; the query lives in the URL (`?q=`) so a search can be shared. */
import SearchOutlined from '@mui/icons-material/SearchOutlined';
import InputAdornment from '@mui/material/InputAdornment';
import TextField from '@mui/material/TextField';
import { useSearchParams } from 'react-router';

export function useHelpQuery(): [string, (query: string) => void] {
  const [search, setSearch] = useSearchParams();
  const setQuery = (query: string) =>
    setSearch(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (query) next.set('q', query);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  return [search.get('q') ?? '', setQuery];
}

export function HelpSearchField({ label, placeholder }: { label: string; placeholder: string }) {
  const [query, setQuery] = useHelpQuery();
  return (
    <TextField
      type="search"
      label={label}
      placeholder={placeholder}
      value={query}
      onChange={(event) => setQuery(event.target.value)}
      size="small"
      fullWidth
      sx={{ maxWidth: 640 }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchOutlined fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
