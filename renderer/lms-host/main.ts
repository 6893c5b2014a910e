import './host.css';
import { startLmsHost } from './host';

startLmsHost(window);
