import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from '../apollo/client';
import '../styles/theme.css';
import { App } from './App';
import { reportGatewayReachable } from './status/connection';

const client = createApolloClient({ onNetworkResult: reportGatewayReachable });
const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks <div id="root">');
createRoot(root).render(
  <StrictMode>
    <App client={client} />
  </StrictMode>,
);
