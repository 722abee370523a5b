import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ArticleSection } from '../model/help-article';

type ArticleTableData = NonNullable<ArticleSection['table']>;

/** An article's table: column headers, and the first cell of each row heads its row. */
export function ArticleTable({ table, label }: { table: ArticleTableData; label: string }) {
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {table.head.map((heading, index) => (
              <TableCell key={`${index}-${heading}`} component="th" scope="col">
                {heading}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {table.rows.map((row, rowIndex) => (
            <TableRow key={`${rowIndex}-${row[0]}`}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <TableCell
                    key={`${index}-${cell}`}
                    component="th"
                    scope="row"
                    sx={{ verticalAlign: 'top', fontWeight: 600 }}
                  >
                    {cell}
                  </TableCell>
                ) : (
                  <TableCell key={`${index}-${cell}`} sx={{ verticalAlign: 'top' }}>
                    {cell}
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
