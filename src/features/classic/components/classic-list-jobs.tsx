/** Above the classic list: the load balancer jobs still running (creating, modifying, deleting…) or failed. */
import Box from '@mui/material/Box';
import { ClassicJobList } from '../jobs/job-list';
import { isLbJob } from '../detail/use-lb-job-running';

export default function ClassicListJobs() {
  return (
    <Box sx={{ mb: 1.5, '&:empty': { display: 'none' } }}>
      <ClassicJobList select={isLbJob} />
    </Box>
  );
}
